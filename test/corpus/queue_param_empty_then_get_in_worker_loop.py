"""A link checker that fills a queue in `check_links()` and hands it to eight worker threads started in
a loop. Each worker asks `jobs.empty()` and then waits in `jobs.get()`: with one link left, two workers
can both find the queue not empty, one takes the link, and the other waits for ever, so the join
after it never returns (positive)."""
import queue
import threading
import urllib.request


def check_worker(jobs, broken):
    while not jobs.empty():  # expect: GIL004
        url = jobs.get()
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
