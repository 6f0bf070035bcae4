"""The same closures with the counter under the object's lock, a closure that only returns a value, and a
closure started once when the object starts, not once per call (negative: no findings)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class TrackingPool(ThreadPoolExecutor):
    def __init__(self, workers=4):
        super().__init__(max_workers=workers)
        self.in_flight = 0
        self.lock = threading.Lock()

    def submit(self, job, *args, **kwargs):
        with self.lock:
            self.in_flight += 1

        def wrapped(*a, **kw):
            try:
                return job(*a, **kw)
            finally:
                with self.lock:
                    self.in_flight -= 1

        return super().submit(wrapped, *args, **kwargs)


class Timed:
    def __init__(self, executor):
        self.executor = executor

    def submit(self, job, *args):
        def timed():
            return job(*args)

        return self.executor.submit(timed)


class Ticker:
    def __init__(self):
        self.ticks = 0

    def start(self):
        def loop():
            for _ in range(100):
                self.ticks += 1

        threading.Thread(target=loop, daemon=True).start()
