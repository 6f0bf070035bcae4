"""Every thread gets the same counter, whose method holds its own lock (negative: shape 2)."""
import threading


class SafeCounter:
    def __init__(self):
        self._mutex = threading.Lock()
        self.count = 0

    def increment(self):
        with self._mutex:
            self.count += 1


def work(counter):
    for _ in range(1000):
        counter.increment()


c = SafeCounter()
threads = [threading.Thread(target=work, args=(c,)) for _ in range(4)]
for t in threads:
    t.start()
