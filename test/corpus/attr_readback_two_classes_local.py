"""Two classes share a method name; the pool runs the one of a local built in the same function (positive: shape 1)."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Tally:
    def __init__(self):
        self.total = 0

    def add(self, n):
        before = self.total
        time.sleep(0.001)
        self.total = before + n  # expect: GIL001


class GuardedTally:
    def __init__(self):
        self.total = 0
        self._lock = threading.Lock()

    def add(self, n):
        with self._lock:
            before = self.total
            time.sleep(0.001)
            self.total = before + n


def run():
    plain = Tally()
    guarded = GuardedTally()
    with ThreadPoolExecutor(max_workers=4) as pool:
        pool.map(plain.add, [1] * 100)
        pool.map(guarded.add, [1] * 100)
    return plain.total, guarded.total


if __name__ == "__main__":
    print(run())
