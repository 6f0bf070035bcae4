"""The self-starting timer thread again, with `_ensure_started()` testing again under a start lock
before it starts the thread (double-checked): only one caller ever calls `start()` (negative)."""
import heapq
import threading
import time


class JobTimer(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self._start_lock = threading.Lock()
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
        if not self.is_alive():
            with self._start_lock:
                if not self.is_alive():
                    self.start()

    def schedule(self, delay, job):
        self._ensure_started()
        with self._jobs_lock:
            heapq.heappush(self._jobs, (time.monotonic() + delay, job))
        self._wake.set()
