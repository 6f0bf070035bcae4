"""A library's tracker (the module never makes one) takes its lock around its counts and runs its own
flush timer; its public method, called from the users' threads, makes that timer lazily with no lock:
two first calls at once start two timers (positive)."""
import threading


class UsageTracker:
    def __init__(self):
        self._lock = threading.Lock()
        self._counts = {}
        self._flusher = None

    def track(self, name):
        with self._lock:
            self._counts[name] = self._counts.get(name, 0) + 1
        self._ensure_flusher()

    def _ensure_flusher(self):
        if self._flusher is None:  # expect: GIL004
            self._flusher = threading.Timer(30.0, self._flush)
            self._flusher.start()

    def _flush(self):
        with self._lock:
            counts, self._counts = self._counts, {}
        print(counts)
