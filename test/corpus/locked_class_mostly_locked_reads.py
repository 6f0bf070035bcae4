"""A class that takes its lock around some state: a field read under the lock in most places and updated once without it, an item rewritten from its own value, and a key the dict was not made with, added while a loop runs under the lock (positive: GIL001 twice, GIL004 once)."""
import threading


class Meter:
    def __init__(self):
        self.total = 0
        self.meta = {"count": 0}
        self.slots = {"ui": 1}
        self._lock = threading.Lock()

    def report(self):
        with self._lock:
            return self.total

    def average(self, n):
        with self._lock:
            return self.total / n

    def add(self, amount):
        current = self.total
        self.total = current + amount  # expect: GIL001

    def reset(self):
        with self._lock:
            self.meta.clear()

    def bump(self):
        self.meta["count"] = self.meta["count"] + 1  # expect: GIL001

    def open_slot(self, name):
        self.slots[name] = 0

    def names(self):
        with self._lock:
            for name in self.slots:  # expect: GIL004
                print(name)
