"""A token bucket whose module imports threading under another name inside try/except, with acquire()/release(): one method forgets the lock (positive)."""
import time

try:
    import threading as _threads
except ImportError:
    import dummy_threading as _threads


class TokenBucket:
    def __init__(self, rate, burst):
        self.rate = rate
        self.burst = burst
        self.tokens = float(burst)
        self.stamp = time.monotonic()
        self.mutex = _threads.Lock()

    def refill(self):
        self.mutex.acquire()
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        self.mutex.release()

    def spend(self, n=1):
        self.tokens -= n  # expect: GIL001

    def level(self):
        self.refill()
        return self.tokens
