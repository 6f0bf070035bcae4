"""A rate limiter counts into a stats dict under its lock from every caller's thread, but `reset_stats()` puts a new dict in place without the lock: an update that already fetched the old dict writes into it and is lost (positive: GIL001 on the replacement); `clear_window()` empties its list under the lock (negative)."""
import threading
import time


class RateLimiter:
    def __init__(self, per_second):
        self._lock = threading.Lock()
        self.per_second = per_second
        self._stats = {"calls": 0, "waited": 0.0}
        self._window = []

    def wait(self):
        with self._lock:
            now = time.monotonic()
            self._window = [t for t in self._window if now - t < 1.0]
            pause = 0.0 if len(self._window) < self.per_second else 1.0 - (now - self._window[0])
            self._stats["calls"] += 1
            self._stats["waited"] += pause
            self._window.append(now + pause)
        time.sleep(pause)

    def stats(self):
        with self._lock:
            return dict(self._stats)

    def reset_stats(self):
        self._stats = {"calls": 0, "waited": 0.0}  # expect: GIL001

    def clear_window(self):
        with self._lock:
            self._window = []
