"""Points kept by the server's one tick thread."""


class Scoreboard:
    def __init__(self):
        self.points = 0

    def score(self, n):
        self.points += n
