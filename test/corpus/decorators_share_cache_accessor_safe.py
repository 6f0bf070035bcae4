"""The same call log, used by this program: its main code decorates a function, calls it and prints the
summary, all on the main thread. The log is made by the program, so it is judged by the threads the
program starts: the heartbeat thread never touches the counts, and the unlocked loop races nothing
(negative)."""
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
        return ", ".join(f"{name}={count}" for name, count in self._counts.items())


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


if __name__ == "__main__":
    @counted
    def square(n):
        return n * n

    for n in range(5):
        square(n)
    print(call_log().summary())
