"""The link checker again, with each worker taking in one step, `jobs.get_nowait()`, and leaving on
`queue.Empty`: a worker that loses the last link to another finds the queue empty and ends (negative)."""
import queue
import threading
import urllib.request


def check_worker(jobs, broken):
    while True:
        try:
            url = jobs.get_nowait()
        except queue.Empty:
            return
        try:
            urllib.request.urlopen(url, timeout=5)
        except OSError:
            broken.append(url)
        jobs.task_done()


def check_links(urls, workers=8):
    jobs = queue.Queue()
    for url in urls:
        jobs.put(url)
    broken = []
    threads = []
    for _ in range(workers):
        t = threading.Thread(target=check_worker, args=(jobs, broken))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    return broken
