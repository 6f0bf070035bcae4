"""A global object's method called from one thread and, meanwhile, from the code that started it (positive: GIL001 twice)."""
import threading
import time


class Board:
    def __init__(self):
        self.moves = 0

    def move(self):
        self.moves = self.moves + 1  # expect: GIL001


class Clock:
    def __init__(self):
        self.ticks = 0

    def tick(self):
        self.ticks += 1  # expect: GIL001


board = Board()
clock = Clock()


def keyboard():
    for _ in range(100):
        board.move()


def timer():
    for _ in range(100):
        clock.tick()


def main():
    threading.Thread(target=timer, daemon=True).start()
    for _ in range(100):
        clock.tick()
        time.sleep(0.01)


threading.Thread(target=keyboard, daemon=True).start()
for _ in range(100):
    board.move()
main()
