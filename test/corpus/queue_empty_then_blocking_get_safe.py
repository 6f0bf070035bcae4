"""Pool workers share one queue of pages and take with get_nowait(), leaving on queue.Empty: no test
comes between a worker and its take (negative)."""
import queue
from concurrent.futures import ThreadPoolExecutor

import urllib.request


def crawl(pages):
    while True:
        try:
            url = pages.get_nowait()
        except queue.Empty:
            break
        try:
            urllib.request.urlopen(url, timeout=5).read()
        except OSError:
            print("failed:", url)


def main(urls):
    pages = queue.Queue()
    for url in urls:
        pages.put(url)
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(8):
            pool.submit(crawl, pages)
