"""Threads that write files safely: a name with each thread's own index or item (also one made from
an attribute of each thread's own object, or unpacked from each round's item, or taken off a queue), one lock over the open and the writes, and threads each
waited for as soon as they start (negative)."""
import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor

import requests

report_lock = threading.Lock()


def fetch_report(url):
    data = requests.get(url, timeout=10).json()
    with report_lock:
        with open("report.json", "w") as out:
            json.dump(data, out)


def save_photo(index, url):
    body = requests.get(url, timeout=10).content
    with open(f"photos/{index}.jpg", "wb") as out:
        out.write(body)


def save_all(urls):
    for url in urls:
        name = url.rsplit("/", 1)[-1]
        with open(f"pages/{name}", "w") as out:
            out.write(url)


def snapshot(path):
    with open("snapshot.txt", "w") as out:
        out.write(path)


class Saver(threading.Thread):
    def __init__(self, url):
        super().__init__()
        self.url = url

    def run(self):
        local_name = os.path.basename(self.url)
        with open(local_name, "wb") as out:
            out.write(requests.get(self.url, timeout=10).content)


def save_page(path, url):
    with open(path, "w") as out:
        out.write(requests.get(url, timeout=10).text)


def save_pages(pages):
    with ThreadPoolExecutor(max_workers=4) as pool:
        for page in pages:
            (path, url) = page
            pool.submit(save_page, path=path, url=url)


def save_numbered(numbers, pages):
    while True:
        number = numbers.get()
        with open(f"{number}.html", "w") as out:
            out.write(pages[number])
        numbers.task_done()


def run(urls):
    import queue
    numbers = queue.Queue()
    for k in range(len(urls)):
        numbers.put(k)
    for _ in range(4):
        threading.Thread(target=save_numbered, args=(numbers, urls), daemon=True).start()
    savers = [Saver(u) for u in urls]
    for s in savers:
        s.start()
    with ThreadPoolExecutor(max_workers=4) as pool:
        pool.map(fetch_report, urls)
        pool.submit(save_all, urls)
    workers = [threading.Thread(target=save_photo, args=(i, u)) for i, u in enumerate(urls)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    for path in urls:
        t = threading.Thread(target=snapshot, args=(path,))
        t.start()
        t.join()
