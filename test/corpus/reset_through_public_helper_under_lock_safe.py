"""A rate sampler meant for request threads: `should_sample()` takes the lock and, inside it, calls the
public `roll_window_if_due()`, which calls `_start_window()` to zero the counts. The plain stores in
`_start_window()` run only under the lock, through a chain the class keeps locked (negative)."""
import random
import threading
import time


class RateSampler:
    def __init__(self, target, window):
        self.target = target
        self.window = window
        self.window_start = time.monotonic()
        self._lock = threading.Lock()
        self.seen = 0
        self.kept = 0

    def roll_window_if_due(self):
        if time.monotonic() - self.window_start >= self.window:
            self._start_window()

    def _start_window(self):
        self.window_start = time.monotonic()
        self.seen = 0
        self.kept = 0

    def should_sample(self):
        with self._lock:
            self.roll_window_if_due()
            self.seen += 1
            keep = self.kept < self.target and random.random() < 0.5
            if keep:
                self.kept += 1
            return keep


sampler = RateSampler(target=10, window=0.01)
threads = [threading.Thread(target=lambda: [sampler.should_sample() for _ in range(1000)]) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sampler.kept <= 10 * 1000)
