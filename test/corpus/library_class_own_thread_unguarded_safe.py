"""A library's health monitor: one background thread per monitor, started under a lock on first use, alone updating its back-off level; users only read it (negative)."""
import threading
import time


class HealthMonitor:
    def __init__(self, probe, every=10.0):
        self.probe = probe
        self.every = every
        self.healthy = True
        self.backoff = 0
        self._start_lock = threading.Lock()
        self._thread = None

    def _ensure_running(self):
        with self._start_lock:
            if self._thread is not None:
                return

            def loop():
                while True:
                    time.sleep(self.every)
                    self.check()

            self._thread = threading.Thread(target=loop, daemon=True)
            self._thread.start()

    def check(self):
        self.healthy = self.probe()
        if self.healthy:
            self.backoff = 0
        elif self.backoff < 5:
            self.backoff += 1

    def is_healthy(self):
        self._ensure_running()
        return self.healthy
