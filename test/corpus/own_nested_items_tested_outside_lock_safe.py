"""The same scoreboard with the test moved under the lock: record() asks and adds holding the guard
that take() holds, so a round is counted once."""
import threading
from collections import defaultdict


class Scoreboard(defaultdict):
    def __init__(self):
        super().__init__(dict)
        self.guard = threading.Lock()
        self.rounds = 0

    def take(self, player):
        with self.guard:
            entry = defaultdict.pop(self, player)
            self.rounds -= len(entry)
        return entry

    def record(self, player, round_no, points):
        with self.guard:
            if round_no not in self[player]:
                self.rounds += 1
                self[player][round_no] = points
