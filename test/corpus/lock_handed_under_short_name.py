"""The same scheduler, but one construction hands `contextlib.nullcontext()` for the "lock" (a switch meant for tests left on), so `with self.l:` holds nothing there and the count is updated bare (positive: GIL001)."""
import contextlib
import threading
from threading import Timer

count = 0


class Ticker(object):
    def __init__(self, delay, l):
        self.delay = delay
        self.l = l

    def tick(self):
        global count
        with self.l:
            count += 1  # expect: GIL001
            if count < 10:
                Timer(self.delay, self.tick).start()

    def start(self):
        Timer(self.delay, self.tick).start()
        Timer(self.delay, self.tick).start()


if __name__ == "__main__":
    Ticker(0.1, threading.RLock()).start()
    Ticker(0.1, contextlib.nullcontext()).start()
