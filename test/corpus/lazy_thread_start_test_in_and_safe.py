"""The same client with the lazy start under its lock (negative)."""
import threading
import time


class MetricsClient:
    def __init__(self, interval):
        self.interval = interval
        self._lock = threading.Lock()
        self._points = []
        self._flusher = None

    def _ensure_flusher(self):
        with self._lock:
            if self.interval > 0 and self._flusher is None:
                self._flusher = threading.Thread(target=self._flush_forever, daemon=True)
                self._flusher.start()

    def _flush_forever(self):
        while True:
            time.sleep(self.interval)
            with self._lock:
                batch, self._points = self._points, []
            print("sending", len(batch))

    def gauge(self, name, value):
        self._ensure_flusher()
        with self._lock:
            self._points.append((name, value))
