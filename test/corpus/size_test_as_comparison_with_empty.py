"""A worker tests a shared list against an empty one, then takes from it, on several threads: two can
both see the last link and the second pop raises IndexError (positive)."""
import threading
import time

links = []


def crawl():
    while True:
        if links != []:  # expect: GIL004
            link = links.pop()
            print("fetching", link)
        time.sleep(0.1)


def feed():
    for i in range(50):
        links.append(f"/page/{i}")

threading.Thread(target=feed).start()
for _ in range(4):
    threading.Thread(target=crawl, daemon=True).start()
