"""Two classes share a method name; the pool runs only the locked one, built as a local (negative)."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Scratch:
    def __init__(self):
        self.count = 0

    def bump(self):
        seen = self.count
        self.count = seen + 1


class SafeCounter:
    def __init__(self):
        self.count = 0
        self._lock = threading.Lock()

    def bump(self):
        with self._lock:
            seen = self.count
            time.sleep(0.001)
            self.count = seen + 1


def main():
    counter = SafeCounter()
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(50):
            pool.submit(counter.bump)
    scratch = Scratch()
    scratch.bump()
    return counter.count


if __name__ == "__main__":
    print(main())
