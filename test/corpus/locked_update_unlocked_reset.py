"""A rate limiter: hits are counted under its lock, but the window's reset and a manual set take no lock."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Window:
    def __init__(self, limit):
        self._lock = threading.Lock()
        self.limit = limit
        self.hits = 0
        self.spent = 0.0

    def hit(self, cost):
        with self._lock:
            self.hits += 1
            self.spent += cost
            return self.hits <= self.limit

    def roll_over(self):
        self.hits = 0  # expect: GIL001
        self.spent = 0.0  # expect: GIL001

    def set_hits(self, n):
        self.hits = n  # expect: GIL001


window = Window(100)


def request(i):
    return window.hit(0.5)


def run():
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(request, range(1000)))
        window.roll_over()
    return results
