"""Each thread builds its own object, so its read-back touches nothing shared (negative)."""
import threading


class Tally:
    def __init__(self):
        self.n = 0

    def add(self, k):
        old = self.n
        self.n = old + k


def job(k):
    mine = Tally()
    mine.add(k)
    return mine.n


threads = [threading.Thread(target=job, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
