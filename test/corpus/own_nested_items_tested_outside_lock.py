"""A scoreboard built on defaultdict: record() tests whether a round is already in a player's entry
outside the lock, then adds it under the lock, while the publisher's threads take whole entries out
under that lock. Two records of one round can both pass the test and count it twice."""
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
        if round_no not in self[player]:  # expect: GIL004
            with self.guard:
                self.rounds += 1
                self[player][round_no] = points
