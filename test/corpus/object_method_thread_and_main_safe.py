"""A global object's method called from one thread, and from the main program only after join() (negative)."""
import threading


class Board:
    def __init__(self):
        self.moves = 0

    def move(self):
        self.moves = self.moves + 1


board = Board()


def keyboard():
    for _ in range(100):
        board.move()


player = threading.Thread(target=keyboard)
player.start()
player.join()
board.move()
print(board.moves)
