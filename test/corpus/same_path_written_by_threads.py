"""Worker threads that save their results to one path: a literal name, and a name made from a
parameter that every thread is handed alike (`args=(city, url)` in a loop over urls), and one made
of a folder and a name both handed alike through `kwargs`, each thread writing its own part. Each open
empties the file and each thread writes from its start, so the file ends up with pieces of several
threads' data (positive)."""
import json
import threading
from concurrent.futures import ThreadPoolExecutor

import requests


def fetch_report(url):
    data = requests.get(url, timeout=10).json()
    with open("report.json", "w") as out:  # expect: GIL001
        json.dump(data, out)


def save_photo(city, url):
    name = f"{city}.jpg"
    body = requests.get(url, timeout=10).content
    with open(f"photos/{name}", "wb") as out:  # expect: GIL001
        out.write(body)


def fetch_part(url, folder, name, first, last):
    body = requests.get(url, headers={"Range": f"bytes={first}-{last}"}, timeout=10).content
    with open(folder + name, "w+b") as out:  # expect: GIL001
        out.seek(first)
        out.write(body)


def fetch_in_parts(url, folder, name, size, parts=4):
    step = size // parts
    for k in range(parts):
        first = k * step
        threading.Thread(target=fetch_part, kwargs={"url": url, "folder": folder, "name": name, "first": first, "last": first + step - 1}).start()


def run(urls, city):
    with ThreadPoolExecutor(max_workers=4) as pool:
        pool.map(fetch_report, urls)
    workers = [threading.Thread(target=save_photo, args=(city, u)) for u in urls]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
