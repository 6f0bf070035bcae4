"""A metrics client that flushes on a timer class of its own package, `RepeatingTimer(interval, fn)`,
and once more at exit from the main thread. The timer's first argument is its interval, a number; what
it runs is the second. Both sides run `flush()`, which tests and sets its in-progress flag and counts
flushes with no lock: two flushes can both pass the test, and a count can be lost (positive)."""
import atexit
import logging

log = logging.getLogger(__name__)


class MetricsClient(object):
    def __init__(self, flush_interval=10.0):
        self.flush_interval = flush_interval
        self.points = []
        self._flushing = False
        self.flush_count = 0
        self._timer = None
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
        if self._flushing:  # expect: GIL004
            return False
        self._flushing = True
        try:
            batch, self.points = self.points, []
            if batch:
                self.flush_count += 1  # expect: GIL001
                log.info("flush %d: %d points", self.flush_count, len(batch))
        finally:
            self._flushing = False
        return True
