"""A reference count dropped by many threads: an unlocked early return, then the count tested again under the lock before the entry is removed (negative)."""
import threading


class Tracker:
    def __init__(self):
        self.refs = {}
        self.refs_lock = threading.Lock()

    def hold(self, key):
        with self.refs_lock:
            self.refs[key] = self.refs.get(key, 0) + 1

    def drop(self, key):
        if key not in self.refs:
            return
        with self.refs_lock:
            if self.refs.get(key, 0) <= 1:
                del self.refs[key]
            else:
                self.refs[key] -= 1


class Service:
    def __init__(self):
        self.tracker = Tracker()
        self.janitor = threading.Thread(target=self.tidy, daemon=True)
        self.janitor.start()

    def tidy(self):
        for key in list(self.tracker.refs):
            self.tracker.drop(key)
