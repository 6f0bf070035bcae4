"""The same window with every store of the counters under the lock, or made while nothing else runs."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Window:
    def __init__(self, limit):
        self._lock = threading.Lock()
        self.limit = limit
        self.hits = 0
        self._clear()

    def _clear(self):
        self.hits = 0
        self.spent = 0.0

    def hit(self, cost):
        with self._lock:
            self.hits += 1
            self.spent += cost
            return self.hits <= self.limit

    def roll_over(self):
        with self._lock:
            self._clear()

    def try_roll_over(self):
        if not self._lock.acquire(blocking=False):
            return False
        else:
            self.hits = 0
        self._lock.release()
        return True

    def set_hits(self, n):
        with self._lock:
            self.hits = n

    def grow(self, extra):
        self.limit = self.limit + extra


window = Window(100)


def request(i):
    return window.hit(0.5)


def run():
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(request, range(1000)))
        window.roll_over()
    return results
