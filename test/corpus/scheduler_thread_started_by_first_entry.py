"""A timer thread that starts itself when the first job is scheduled. `schedule()` is public and takes
the timer's lock around the job heap, so callers on several threads are expected; `_ensure_started()`
tests `is_alive()` and calls `start()` outside that lock, and two first callers can both find it not
alive: the second `start()` raises RuntimeError (positive)."""
import heapq
import threading
import time


class JobTimer(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self._jobs_lock = threading.Lock()
        self._jobs = []
        self._wake = threading.Event()

    def run(self):
        while True:
            with self._jobs_lock:
                due = self._jobs[0][0] - time.monotonic() if self._jobs else 1.0
                job = heapq.heappop(self._jobs)[1] if due <= 0 else None
            if job is not None:
                job()
            else:
                self._wake.wait(due)
                self._wake.clear()

    def _ensure_started(self):
        if not self.is_alive():  # expect: GIL004
            self.start()

    def schedule(self, delay, job):
        self._ensure_started()
        with self._jobs_lock:
            heapq.heappush(self._jobs, (time.monotonic() + delay, job))
        self._wake.set()
