"""A lock attribute chosen between two real locks, and a class made in a function that guards its class attribute (negative)."""
import threading


class Meter:
    def __init__(self, reentrant=False):
        self.reading = 0
        self._lock = threading.RLock() if reentrant else threading.Lock()

    def tick(self):
        with self._lock:
            self.reading += 1


def run_tally():
    class Tally:
        count = 0
        guard = threading.Lock()

        def add(self):
            with Tally.guard:
                Tally.count += 1

    tally = Tally()
    workers = [threading.Thread(target=tally.add) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return Tally.count


meter = Meter()
tickers = [threading.Thread(target=meter.tick) for _ in range(8)]
for t in tickers:
    t.start()
print(run_tally())
