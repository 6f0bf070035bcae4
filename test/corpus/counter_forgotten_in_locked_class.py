"""A class that takes its lock around its table but counts hits and misses without it: its methods
are meant for several threads, so the counters lose updates (positive); a counter kept per thread
behind a property, and counters under the lock (negative)."""
import threading


class Memo:
    def __init__(self):
        self._table = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def lookup(self, key, compute):
        with self._lock:
            if key in self._table:
                self.hits += 1
                return self._table[key]
        self.misses += 1  # expect: GIL001
        value = compute(key)
        with self._lock:
            self._table[key] = value
        return value


class Tally:
    def __init__(self):
        self._lock = threading.Lock()
        self._local = threading.local()
        self._seen = set()

    @property
    def depth(self):
        return getattr(self._local, "depth", 0)

    @depth.setter
    def depth(self, value):
        self._local.depth = value

    def enter(self, name):
        self.depth += 1
        with self._lock:
            self._seen.add(name)
