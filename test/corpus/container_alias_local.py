"""A local name for a shared list (not a copy) changed by threads: the list's items are updated without a lock (positive: GIL001 once)."""
import threading


class Scoreboard:
    def __init__(self, lanes):
        self.lanes = [0] * lanes

    def record(self, lane):
        board = self.lanes
        board[lane] += 1  # expect: GIL001


scores = Scoreboard(3)
runners = [threading.Thread(target=scores.record, args=(i % 3,)) for i in range(9)]
for r in runners:
    r.start()
