"""A BoundedSemaphore(4) kept on the object, used as if it were a lock (positive GIL003 and GIL001)."""
import threading


class RateLimiter:
    def __init__(self):
        self._gate = threading.BoundedSemaphore(4)
        self.in_flight = 0

    def call(self, fn):
        with self._gate:  # expect: GIL003
            self.in_flight += 1  # expect: GIL001
            try:
                return fn()
            finally:
                self.in_flight -= 1  # the same state again: a related location of line 12's finding


def main():
    limiter = RateLimiter()
    threads = [threading.Thread(target=limiter.call, args=(lambda: 42,)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
