"""A class-level flag tested with `not` and set by the loader (positive: GIL004)."""
import threading


class Plugins:
    loaded = None

    @classmethod
    def ensure(cls):
        if not cls.loaded:  # expect: GIL004
            cls.loaded = ["a", "b"]
        return cls.loaded


threads = [threading.Thread(target=Plugins.ensure) for _ in range(3)]
for t in threads:
    t.start()
