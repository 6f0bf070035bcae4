"""The same trims held under the object's lock, or done by one thread alone (negative: no findings)."""
import collections
import threading
import time

WINDOW = 1.0


class RecentPresses:
    def __init__(self):
        self.guard = threading.Lock()
        self.presses = []

    def press(self, key):
        now = time.monotonic()
        with self.guard:
            while self.presses and self.presses[0][0] < now:
                self.presses.pop(0)
            self.presses.append((now + WINDOW, key))

    def snapshot(self):
        with self.guard:
            return list(self.presses)


arrivals = collections.deque()


def pace(stamps):
    # The only thread that touches `arrivals`.
    for stamp in stamps:
        if arrivals and arrivals[0] < stamp - WINDOW:
            arrivals.popleft()
        arrivals.append(stamp)


board = RecentPresses()
typists = [threading.Thread(target=board.press, args=(k,)) for k in "abcd"]
pacer = threading.Thread(target=pace, args=([1.0, 2.0, 3.5],))
for t in typists + [pacer]:
    t.start()
