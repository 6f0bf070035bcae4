"""Points, reached by the server through `from tally import *`."""


class Scoreboard:
    def __init__(self):
        self.points = 0

    def score(self, n):
        self.points += n  # expect: GIL001
