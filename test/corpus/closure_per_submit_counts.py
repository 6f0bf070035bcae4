"""Work taken one call at a time and wrapped in a closure that a pool runs: a pool subclass's `submit` through
`super()`, a wrapper around an executor it was handed, and a method that starts one thread per call. Each
closure changes a counter of the object every call shares (positive: GIL001 three times)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class TrackingPool(ThreadPoolExecutor):
    def __init__(self, workers=4):
        super().__init__(max_workers=workers)
        self.in_flight = 0

    def submit(self, job, *args, **kwargs):
        self.in_flight += 1

        def wrapped(*a, **kw):
            try:
                return job(*a, **kw)
            finally:
                self.in_flight -= 1  # expect: GIL001

        return super().submit(wrapped, *args, **kwargs)


class FailureCounter:
    def __init__(self, executor):
        self.executor = executor
        self.failures = 0

    def submit(self, job, *args):
        def guarded():
            try:
                return job(*args)
            except Exception:
                self.failures += 1  # expect: GIL001
                raise

        return self.executor.submit(guarded)


class Launcher:
    def __init__(self):
        self.started = 0

    def spawn(self, job):
        def body():
            job()
            self.started += 1  # expect: GIL001

        threading.Thread(target=body).start()
