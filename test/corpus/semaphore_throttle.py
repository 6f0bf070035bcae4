"""Semaphore(5) only throttles downloads; results go to a queue (negative)."""
import queue
import threading

throttle = threading.Semaphore(5)
results = queue.Queue()


def download(url):
    with throttle:
        body = url * 3
    results.put((url, len(body)))


def main(urls):
    threads = [threading.Thread(target=download, args=(u,)) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [results.get() for _ in urls]
