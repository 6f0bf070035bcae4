"""A size test whose `else` takes an item, the take under a lock the test does not hold (positive: GIL004 once)."""
import threading
import time

links = ["a", "b", "c"]
links_lock = threading.Lock()


def crawl():
    while True:
        if len(links) == 0:  # expect: GIL004
            time.sleep(0.5)
        else:
            links_lock.acquire()
            link = links.pop(0)
            links_lock.release()
            print(link)


for _ in range(4):
    threading.Thread(target=crawl, daemon=True).start()
