"""A heartbeat whose Timer re-arms itself through a helper that its callers call only with the lock
held, and whose stop() cancels the timer under that same lock after raising a stopped flag: the
callback tests the flag under the lock before it re-arms, so a stop can never be followed by a new
timer (negative)."""
import threading


class Heartbeat:
    def __init__(self, interval, beat):
        self._interval = interval
        self._beat = beat
        self._lock = threading.Lock()
        self._stopped = False
        self._timer = None

    def start(self):
        with self._lock:
            self._stopped = False
            self._arm()

    def stop(self):
        with self._lock:
            self._stopped = True
            if self._timer:
                self._timer.cancel()
                self._timer = None

    def _arm(self):
        if self._timer:
            self._timer.cancel()
        self._timer = threading.Timer(self._interval, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self):
        self._beat()
        with self._lock:
            if self._stopped:
                return
            self._arm()
