"""Two singletons made under a lock, so that threads share one instance: a registry whose classmethod
checks twice around its lock, and a pool handed out by a module function under a module lock. Their
public methods then run on the callers' threads at once, and both test and fill a dict with no lock
over the two steps: two threads can both miss and both build (positive)."""
import threading


class FormatterRegistry:
    _instance = None
    _instance_lock = threading.Lock()

    @classmethod
    def instance(cls):
        if cls._instance is None:
            with cls._instance_lock:
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance

    def __init__(self):
        self.formatters = {}

    def formatter_for(self, kind):
        if kind not in self.formatters:  # expect: GIL004
            self.formatters[kind] = "{:>" + str(len(kind) + 8) + "}"
        return self.formatters[kind]


class SessionPool:
    def __init__(self):
        self.sessions = {}
        self.opened = 0

    def session_for(self, host):
        if host not in self.sessions:  # expect: GIL004
            self.sessions[host] = {"host": host}
        return self.sessions[host]

    def count_open(self):
        self.opened += 1  # expect: GIL001


_pool = None
_pool_lock = threading.Lock()


def session_pool():
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = SessionPool()
    return _pool
