"""What a Thread subclass's run() sets, read through its object right after start() with no join() (positive: GIL006 twice)."""
import threading
import time


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.answer = None

    def run(self):
        time.sleep(0.01)
        self.answer = self.n * self.n


class Fetcher(threading.Thread):
    def __init__(self, url):
        super().__init__()
        self.url = url
        self.pages = []

    def run(self):
        self._fetch()

    def _fetch(self):
        self.pages.append(f"<html>{self.url}</html>")


first = Squarer(3)
second = Squarer(4)
first.start()
second.start()
print("3 squared is", first.answer)  # expect: GIL006

fetcher = Fetcher("https://example.org")
fetcher.start()
count = len(fetcher.pages)  # expect: GIL006
print(count, "pages")
