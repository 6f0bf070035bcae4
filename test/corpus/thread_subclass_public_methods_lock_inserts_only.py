"""A statistics thread that other threads report to: it takes its lock to add a new name, but adds to
a known one and drops one without it, so two reports can lose one another (positive). Adding the
name reads it again under the lock, so a name another thread added first keeps its count (negative)."""
import threading
import time


class StatsReporter(threading.Thread):
    def __init__(self, every):
        super().__init__(daemon=True)
        self.every = every
        self.totals = {}
        self.units = {}
        self.guard = threading.Lock()

    def bump(self, name, amount=1, unit=None):
        if name not in self.totals:
            with self.guard:
                self.totals[name] = self.totals.get(name, 0)
        self.totals[name] += amount  # expect: GIL001
        if unit:
            self.units[name] = unit

    def forget(self, name):
        if name in self.totals:  # expect: GIL004
            with self.guard:
                del self.totals[name]

    def run(self):
        while True:
            time.sleep(self.every)
            with self.guard:
                print(sorted(self.totals.items()))


reporter = StatsReporter(5.0)
reporter.start()
