"""Pool workers share one queue of pages: each takes with a blocking get() and leaves when empty() says
so, else goes back to get(); another worker can take the last page in between (positive: GIL004 once)."""
import queue
from concurrent.futures import ThreadPoolExecutor

import urllib.request


def crawl(pages):
    while True:
        url = pages.get()
        try:
            urllib.request.urlopen(url, timeout=5).read()
        except OSError:
            print("failed:", url)
        if pages.empty():  # expect: GIL004
            break


def main(urls):
    pages = queue.Queue()
    for url in urls:
        pages.put(url)
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(8):
            pool.submit(crawl, pages)
