"""A call limiter used as a decorator: the wrapper counts under the object's lock; reset() takes none."""
import functools
import threading
import time


class CallLimit:
    def __init__(self, calls, period):
        self.lock = threading.Lock()
        self.calls = calls
        self.period = period
        self.used = 0
        self.window_start = time.monotonic()

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self.lock:
                if time.monotonic() - self.window_start > self.period:
                    self.used = 0
                    self.window_start = time.monotonic()
                self.used += 1
                if self.used > self.calls:
                    raise RuntimeError("too many calls")
            return func(*args, **kwargs)

        wrapper.reset = self.reset
        return wrapper

    def reset(self):
        self.window_start = time.monotonic()
        self.used = 0  # expect: GIL001
