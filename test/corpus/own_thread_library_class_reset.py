"""A class the module never makes (a library's) runs its own thread, which takes a count and sets it
back to 0 while its public method adds to it from the users' threads: what is added in between is
lost (positive); the same under one lock (negative)."""
import threading
import time


class RateMeter:
    def __init__(self):
        self.ticks = 0
        self.per_second = 0
        threading.Thread(target=self._sample, daemon=True).start()

    def tick(self):
        self.ticks += 1

    def _sample(self):
        while True:
            time.sleep(1)
            self.per_second = self.ticks
            self.ticks = 0  # expect: GIL001


class SafeRateMeter:
    def __init__(self):
        self.ticks = 0
        self.per_second = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._sample, daemon=True).start()

    def tick(self):
        with self._lock:
            self.ticks += 1

    def _sample(self):
        while True:
            time.sleep(1)
            with self._lock:
                self.per_second = self.ticks
                self.ticks = 0
