"""A call log that decorators share through a module-level accessor. Two decorators each define a
function named `wrapper`; neither is applied in this file, so the log is made only when some other
module calls a decorated function: its public methods are meant for those callers' threads, beside
the log's own heartbeat thread. `summary()` goes through the counts with no lock while `note()` adds
to them under it: the loop can fail with RuntimeError (positive)."""
import threading
import time


class CallLog:
    def __init__(self):
        self._counts = {}
        self._lock = threading.Lock()
        self._beats = 0
        self._beater = threading.Thread(target=self._beat, daemon=True)
        self._beater.start()

    def _beat(self):
        while True:
            time.sleep(1)
            self._beats += 1

    def note(self, name):
        with self._lock:
            self._counts[name] = self._counts.get(name, 0) + 1

    def summary(self):
        return ", ".join(f"{name}={count}" for name, count in self._counts.items())  # expect: GIL004


_log = None
_log_lock = threading.Lock()


def call_log():
    global _log
    with _log_lock:
        if _log is None:
            _log = CallLog()
    return _log


def counted(func):
    def wrapper(*args):
        call_log().note(func.__name__)
        return func(*args)

    return wrapper


def counted_twice(func):
    def wrapper(*args):
        call_log().note(func.__name__)
        call_log().note(func.__name__)
        return func(*args)

    return wrapper
