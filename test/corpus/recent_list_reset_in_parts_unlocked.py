"""A most-recently-used list for a web cache, called from request threads: `touch()` links entries at
the front under the lock, using the dict and both ends of the list together. `reset()` empties the
dict and drops both ends one store at a time without the lock, so a `touch()` running meanwhile finds
the dict emptied under a list whose ends are still set, or the other way round, and links a node to
a None end (positive)."""
import threading


class Entry:
    def __init__(self, key):
        self.key = key
        self.newer = None
        self.older = None


class RecentList:
    def __init__(self):
        self._lock = threading.Lock()
        self._entries = {}
        self._newest = None
        self._oldest = None

    def touch(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                entry = Entry(key)
                self._entries[key] = entry
            self._to_front(entry)

    def _to_front(self, entry):
        if self._newest is None:
            self._newest = self._oldest = entry
            return
        if entry is self._newest:
            return
        entry.older = self._newest
        self._newest.newer = entry
        self._newest = entry

    def reset(self):
        self._entries = {}  # expect: GIL001
        self._newest = None
        self._oldest = None
