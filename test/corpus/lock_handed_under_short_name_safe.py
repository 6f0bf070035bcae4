"""A scheduler whose jobs share a module dict and a count, each job holding a lock the program hands to the constructor under a short name (`self.l = l`, then `with self.l:`): every construction hands a real lock, from the main block or a function's local (negative: no findings)."""
import threading
from threading import Timer

count = 0
seen = {}


class Ticker(object):
    def __init__(self, delay, l):
        self.delay = delay
        self.l = l

    def tick(self):
        global count
        with self.l:
            count += 1
            if count not in seen:
                seen[count] = self.delay
            if count < 10:
                Timer(self.delay, self.tick).start()

    def start(self):
        Timer(self.delay, self.tick).start()
        Timer(self.delay, self.tick).start()


def more():
    m = threading.Lock()
    Ticker(0.2, m).start()


if __name__ == "__main__":
    shared = threading.RLock()
    Ticker(0.1, shared).start()
    more()
