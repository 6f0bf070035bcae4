"""A metrics buffer flushed by a Timer that re-arms itself after each flush, while close() cancels the
timer from the caller's thread with no lock over both (positive): a close() made during a flush cancels
the timer that has already fired, and the next one runs anyway. The sampler takes one lock over its
stop flag, the cancel and the re-arm (negative)."""
import threading


class MetricsBuffer:
    def __init__(self, every):
        self.every = every
        self.points = []
        self._lock = threading.Lock()
        self._flush_timer = None

    def add(self, point):
        with self._lock:
            self.points.append(point)

    def open(self):
        self._arm()

    def close(self):
        if self._flush_timer is not None:
            self._flush_timer.cancel()

    def _arm(self):
        self._flush_timer = threading.Timer(self.every, self._flush)  # expect: GIL001
        self._flush_timer.daemon = True
        self._flush_timer.start()

    def _flush(self):
        with self._lock:
            batch, self.points = self.points, []
        print("sending", len(batch))
        self._arm()


class Sampler:
    def __init__(self, every):
        self.every = every
        self._guard = threading.Lock()
        self._stopped = False
        self._timer = None

    def begin(self):
        with self._guard:
            self._timer = threading.Timer(self.every, self._sample)
            self._timer.start()

    def end(self):
        with self._guard:
            self._stopped = True
            if self._timer is not None:
                self._timer.cancel()

    def _sample(self):
        print("sample")
        with self._guard:
            if not self._stopped:
                self._timer = threading.Timer(self.every, self._sample)
                self._timer.start()
