"""A closure running in a pool calls a method on an object made by the function around it (positive)."""
from concurrent.futures import ThreadPoolExecutor


class Scoreboard:
    def __init__(self):
        self.points = 0

    def score(self, p):
        before = self.points
        self.points = before + p  # expect: GIL001


class Ledger:
    def __init__(self):
        self.points = 0

    def score(self, p):
        self.points = p


def play(rounds):
    board = Scoreboard()

    def turn(p):
        board.score(p)

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(turn, range(rounds)))
    return board.points, Ledger()
