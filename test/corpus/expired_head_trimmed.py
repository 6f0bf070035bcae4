"""Expired entries trimmed off the front of a shared list by a test of the first item, then a pop, from several threads (positive: GIL004 twice)."""
import collections
import threading
import time

WINDOW = 1.0


class RecentPresses:
    def __init__(self):
        self.guard = threading.Lock()
        self.presses = []
        self.arrivals = collections.deque()

    def press(self, key):
        now = time.monotonic()
        try:
            while self.presses[0][0] < now:  # expect: GIL004
                self.presses.pop(0)
        except IndexError:
            pass
        self.presses.append((now + WINDOW, key))

    def arrive(self, stamp):
        if self.arrivals and self.arrivals[0] < stamp - WINDOW:  # expect: GIL004
            self.arrivals.popleft()
        self.arrivals.append(stamp)

    def snapshot(self):
        with self.guard:
            now = time.monotonic()
            while self.presses and self.presses[0][0] < now:
                self.presses.pop(0)
            return list(self.presses)


board = RecentPresses()
typists = [threading.Thread(target=board.press, args=(k,)) for k in "abcd"]
typists += [threading.Thread(target=board.arrive, args=(time.monotonic(),)) for _ in range(3)]
for t in typists:
    t.start()
