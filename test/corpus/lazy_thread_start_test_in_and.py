"""A telemetry client starts its flush thread lazily from the method every caller's thread uses; the
test asks for the thread in one part of an `and`: two callers can both find none and start two (positive)."""
import threading
import time


class MetricsClient:
    def __init__(self, interval):
        self.interval = interval
        self._lock = threading.Lock()
        self._points = []
        self._flusher = None

    def _ensure_flusher(self):
        if self.interval > 0 and self._flusher is None:  # expect: GIL004
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
