"""Negative: the idle total is reset by a private helper that only another private helper calls,
which in turn runs only with the lock held (from start() and from report()): every path holds
the lock, as the locked update in mark_idle() does."""
import threading
import time


class IdleTracker:
    def __init__(self):
        self._lock = threading.Lock()
        self._started = False
        self._idle_total = 0.0
        self._since = time.monotonic()

    def start(self):
        with self._lock:
            if not self._started:
                self._started = True
                self._begin_cycle()

    def mark_idle(self, seconds):
        with self._lock:
            self._idle_total += seconds

    def report(self):
        with self._lock:
            share = self._idle_total / max(time.monotonic() - self._since, 1e-9)
            self._begin_cycle()
        return share

    def _begin_cycle(self):
        self._since = time.monotonic()
        self._zero()

    def _zero(self):
        self._idle_total = 0.0


tracker = IdleTracker()
tracker.start()
for _ in range(3):
    threading.Thread(target=tracker.mark_idle, args=(0.5,)).start()
print(tracker.report())
