"""A hit counter whose method is the target of several threads (positive: self attribute)."""
import threading


class HitCounter:
    def __init__(self):
        self.hits = 0
        self.misses = 0

    def record(self, lookups):
        for found in lookups:
            if found:
                self.hits += 1  # expect: GIL001
            else:
                self.misses += 1  # expect: GIL001


def run():
    counter = HitCounter()
    lookups = [i % 3 == 0 for i in range(10_000)]
    threads = [threading.Thread(target=counter.record, args=(lookups,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter.hits, counter.misses


if __name__ == "__main__":
    print(run())
