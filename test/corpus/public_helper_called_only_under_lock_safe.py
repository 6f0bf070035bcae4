"""A stats aggregator thread: handlers add to the counters under the lock, and the flush thread's
`tick()` takes the lock and calls `drain_counters()`, a public helper that empties the counters
without taking the lock itself. Nothing else in the module calls it, and the class calls it only
with the lock held, so its change of the counters is locked (negative)."""
import threading
import time


class StatsAggregator(threading.Thread):
    def __init__(self, interval=10.0):
        super().__init__(daemon=True)
        self.interval = interval
        self.lock = threading.Lock()
        self.counters = {}

    def handle_counter(self, key, value):
        with self.lock:
            if key not in self.counters:
                self.counters[key] = 0
            self.counters[key] += value

    def drain_counters(self):
        lines = []
        for key in list(self.counters):
            lines.append("%s %d" % (key, self.counters[key]))
            del self.counters[key]
        return lines

    def tick(self):
        with self.lock:
            lines = self.drain_counters()
        for line in lines:
            print(line)

    def run(self):
        while True:
            time.sleep(self.interval)
            self.tick()
