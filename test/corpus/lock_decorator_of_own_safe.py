"""Every method that changes the cache's state runs under the project's `@synchronized` decorator,
which takes `self._mutex`; the one undecorated method only reads a single value (negative)."""
import threading

from .sync import synchronized


class ThumbnailCache:
    def __init__(self, limit):
        self._mutex = threading.RLock()
        self._items = {}
        self._evictions = 0
        self.limit = limit

    @synchronized
    def store(self, key, data):
        if len(self._items) >= self.limit:
            self._items.pop(next(iter(self._items)))
            self._evictions += 1
        self._items[key] = data

    @synchronized
    def fetch(self, key):
        return self._items.get(key)

    @synchronized
    def reset_stats(self):
        self._evictions = 0

    def evictions(self):
        return self._evictions
