"""An RLock re-entered by a helper (negative)."""
import threading


class Registry:
    def __init__(self):
        self._lock = threading.RLock()
        self._items = {}
        self.version = 0

    def _bump(self):
        with self._lock:
            self.version += 1

    def register(self, name, value):
        with self._lock:
            self._items[name] = value
            self._bump()


def main():
    reg = Registry()
    threads = [threading.Thread(target=reg.register, args=(f"k{i}", i)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return reg.version
