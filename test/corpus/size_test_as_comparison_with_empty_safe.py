"""The same workers with the test and the take under one lock, or one worker thread only (negative)."""
import threading
import time

links = []
links_lock = threading.Lock()


def crawl():
    while True:
        with links_lock:
            link = links.pop() if links != [] else None
        if link is not None:
            print("fetching", link)
        time.sleep(0.1)


def feed():
    for i in range(50):
        with links_lock:
            links.append(f"/page/{i}")

threading.Thread(target=feed).start()
for _ in range(4):
    threading.Thread(target=crawl, daemon=True).start()
