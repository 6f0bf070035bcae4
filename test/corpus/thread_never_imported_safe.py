"""A listing without imports, done right: the counter's own lock (a `Lock()` that can only be
threading's) around the update (negative)."""


class Tally:
    def __init__(self):
        self.total = 0
        self.guard = Lock()

    def add(self, n):
        with self.guard:
            self.total += n


def worker(tally, rounds):
    for _ in range(rounds):
        tally.add(1)


tally = Tally()
threads = [Thread(target=worker, args=(tally, 1000)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
