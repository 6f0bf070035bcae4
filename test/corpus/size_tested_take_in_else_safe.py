"""The same crawler with the test and the take under one lock, or the empty list handled where the take fails (negative: no findings)."""
import threading
import time

links = ["a", "b", "c"]
links_lock = threading.Lock()
pages = ["x", "y"]


def crawl():
    while True:
        with links_lock:
            link = links.pop(0) if len(links) > 0 else None
        if link is None:
            time.sleep(0.5)
        else:
            print(link)


def read():
    while True:
        if len(pages) == 0:
            time.sleep(0.5)
        else:
            try:
                print(pages.pop(0))
            except IndexError:
                continue


for _ in range(4):
    threading.Thread(target=crawl, daemon=True).start()
    threading.Thread(target=read, daemon=True).start()
