"""The same metrics client, but `flush()` tests and sets its in-progress flag and counts flushes under
one lock, so the timer's flush and the one at exit take turns (negative)."""
import atexit
import logging
import threading

log = logging.getLogger(__name__)


class MetricsClient(object):
    def __init__(self, flush_interval=10.0):
        self.flush_interval = flush_interval
        self.points = []
        self._flushing = False
        self.flush_count = 0
        self._timer = None
        self._lock = threading.Lock()
        atexit.register(lambda: self.flush())

    def record(self, name, value):
        self.points.append((name, value))

    def start(self):
        from metrics_kit.repeating_timer import RepeatingTimer

        def flush_on_timer():
            try:
                self.flush()
            except Exception:
                log.exception("flush failed")

        self._timer = RepeatingTimer(self.flush_interval, flush_on_timer)
        self._timer.start()

    def flush(self):
        with self._lock:
            if self._flushing:
                return False
            self._flushing = True
            batch, self.points = self.points, []
            if batch:
                self.flush_count += 1
                log.info("flush %d: %d points", self.flush_count, len(batch))
            self._flushing = False
        return True
