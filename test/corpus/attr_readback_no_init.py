"""A class with no __init__ whose method writes back an attribute it read (positive: shape 1)."""
import threading
import time


class Scoreboard:
    points = 0

    def score(self):
        now = self.points
        time.sleep(0)
        self.points = now + 3  # expect: GIL001


board = Scoreboard()
players = [threading.Thread(target=board.score) for _ in range(5)]
for p in players:
    p.start()
for p in players:
    p.join()
