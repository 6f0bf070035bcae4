"""Library classes that hold their lock over every update, update under a helper only called with the lock held, take the lock with a non-blocking acquire or one whose answer is kept, or keep unlocked state the lock never guards (negative)."""
import threading


class Inventory:
    def __init__(self):
        self._lock = threading.RLock()
        self.count = 0
        self.items = {}

    def add(self, name, n):
        with self._lock:
            self._bump(n)
            if name not in self.items:
                self.items[name] = 0
            self.items[name] += n

    def _bump(self, n):
        self.count += n

    def remove(self, name):
        with self._lock:
            self.items.pop(name, None)

    def total(self):
        with self._lock:
            return self.count


class Recycler:
    def __init__(self):
        self._lock = threading.Lock()
        self._pending = []
        self.freed = 0

    def free(self, block):
        if not self._lock.acquire(False):
            self._pending.append(block)
        else:
            try:
                self.freed += 1
            finally:
                self._lock.release()

    def free_within(self, block, timeout):
        got = self._lock.acquire(timeout=timeout)
        if not got:
            self._pending.append(block)
            return
        self.freed += 1
        self._lock.release()


class Meter:
    def __init__(self):
        self._lock = threading.Lock()
        self._volume = 0
        self.label = "meter"

    def pour(self, litres):
        with self._lock:
            self._volume += litres

    def relabel(self, text):
        self.label = text.strip()

    def volume(self):
        with self._lock:
            return self._volume


class TokenCache:
    def __init__(self):
        self.lock = threading.Lock()
        self.token = None
        self.uses = 0

    @property
    def current(self):
        with self.lock:
            self.refresh_if_needed()
            return self.token

    def refresh_if_needed(self):
        if self.token is None or self.uses > 100:
            self.token = object()
            self.uses = 0
        self.uses += 1
