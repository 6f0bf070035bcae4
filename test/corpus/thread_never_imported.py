"""A listing from a book chapter that leaves its imports out, as listings do: `Thread` is threading's,
and five threads add to one counter object without a lock (positive)."""


class Tally:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n  # expect: GIL001


def worker(tally, rounds):
    for _ in range(rounds):
        tally.add(1)


tally = Tally()
threads = [Thread(target=worker, args=(tally, 1000)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
