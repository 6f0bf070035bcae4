"""Workers ask a shared queue whether it is empty, then take from it: the last item can go to another worker in between (positive: GIL004 three times)."""
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

urls = queue.Queue()
for n in range(40):
    urls.put(f"https://example.org/page/{n}")


def fetch_all():
    while not urls.empty():  # expect: GIL004
        url = urls.get()
        print("fetching", url)
        urls.task_done()


def fetch_until_empty():
    while True:
        if urls.empty():  # expect: GIL004
            break
        url = urls.get()
        print("fetching", url)


class Mailroom:
    def __init__(self):
        self.inbox = queue.Queue()

    def sort_one(self, clerk):
        if self.inbox.qsize() > 0:  # expect: GIL004
            letter = self.inbox.get_nowait()
            print(clerk, "sorted", letter)

    def open_for_the_day(self):
        with ThreadPoolExecutor(max_workers=4) as pool:
            pool.map(self.sort_one, range(12))


workers = [threading.Thread(target=fetch_all) for _ in range(4)]
workers += [threading.Thread(target=fetch_until_empty) for _ in range(2)]
for w in workers:
    w.start()
urls.join()
Mailroom().open_for_the_day()
