"""A registry class whose methods take a module-level lock around its own state: they are meant for several threads, and one tests before the lock (positive: GIL004 once)."""
import threading

registry_lock = threading.Lock()


class Registry:
    def __init__(self):
        self.people = {}

    def join(self, name, conn):
        if name in self.people:  # expect: GIL004
            return None
        registry_lock.acquire()
        self.people[name] = conn
        registry_lock.release()
        return conn

    def leave(self, name):
        with registry_lock:
            self.people.pop(name, None)
