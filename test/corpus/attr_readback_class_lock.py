"""A class attribute updated under a lock kept in the class body (negative: shape 1)."""
import threading


class Registry:
    _lock = threading.Lock()
    count = 0

    @classmethod
    def register(cls):
        with Registry._lock:
            current = Registry.count
            Registry.count = current + 1


threads = [threading.Thread(target=Registry.register) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
