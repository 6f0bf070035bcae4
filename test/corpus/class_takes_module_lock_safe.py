"""The same registry with the test inside the module-level lock (negative: no findings)."""
import threading

registry_lock = threading.Lock()


class Registry:
    def __init__(self):
        self.people = {}

    def join(self, name, conn):
        with registry_lock:
            if name in self.people:
                return None
            self.people[name] = conn
        return conn

    def leave(self, name):
        with registry_lock:
            self.people.pop(name, None)
