"""The same limiter whose reset() takes the lock the wrapper counts under."""
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
                self.used += 1
                if self.used > self.calls:
                    raise RuntimeError("too many calls")
            return func(*args, **kwargs)

        wrapper.reset = self.reset
        return wrapper

    def reset(self):
        with self.lock:
            self.window_start = time.monotonic()
            self.used = 0

    def describe(self):
        self.period = float(self.period)
        return f"{self.used} of {self.calls}"
