"""Double-checked locking: the set happens under the lock, after testing again (negative: GIL004)."""
import threading


class Registry:
    _instance = None
    _guard = threading.Lock()

    @classmethod
    def instance(cls):
        if cls._instance is None:
            with cls._guard:
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance


def task():
    return Registry.instance()


threads = [threading.Thread(target=task) for _ in range(5)]
for t in threads:
    t.start()
