"""A lock attribute that is a do-nothing context manager when the object is made "unsafe" (positive: shape 1)."""
import contextlib
import threading


class Meter:
    def __init__(self, safe=False):
        self.reading = 0
        self._lock = threading.Lock() if safe else contextlib.nullcontext()

    def tick(self):
        with self._lock:
            self.reading += 1  # expect: GIL001


meter = Meter()
tickers = [threading.Thread(target=meter.tick) for _ in range(8)]
for t in tickers:
    t.start()
for t in tickers:
    t.join()
