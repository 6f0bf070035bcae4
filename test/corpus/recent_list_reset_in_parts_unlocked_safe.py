"""The same most-recently-used list, but `reset()` empties the dict and drops both ends under the lock
that `touch()` holds: a request thread sees the list whole, before the reset or after it (negative)."""
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
        with self._lock:
            self._entries = {}
            self._newest = None
            self._oldest = None
