"""Locks and pools made once, where nothing races: at import, in `__init__`, under a module lock re-tested inside it, from an argument's default, and a pool a `start()` makes for its own use (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor

_registry_guard = threading.Lock()
_registry_lock = None


def registry_lock():
    global _registry_lock
    if _registry_lock is None:
        with _registry_guard:
            if _registry_lock is None:
                _registry_lock = threading.Lock()
    return _registry_lock


def tally(counts, key, lock=None):
    if lock is None:
        lock = threading.Lock()
    with lock:
        counts[key] = counts.get(key, 0) + 1


class Uploader:
    def __init__(self, lock=None):
        if lock is None:
            lock = threading.Lock()
        self._lock = lock
        self._pool = None

    def __setstate__(self, state):
        self.__dict__.update(state)
        if "_lock" not in self.__dict__:
            self._lock = threading.Lock()

    def start(self):
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=2)
        self._pool.submit(print, "uploading")


counts = {}
workers = [threading.Thread(target=tally, args=(counts, "x", registry_lock())) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
Uploader().start()
