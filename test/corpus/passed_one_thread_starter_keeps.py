"""One thread is handed an object that the function starting it goes on using while it runs: the two
share it (positive), as two threads handed one object do; handed and joined before use, or only
read by the starter, each starting function with its own object (negative)."""
import threading
import time


class Board:
    def __init__(self):
        self.row = 0
        self.active = True
        self.turns = 0

    def drop(self):
        self.row += 1  # expect: GIL001

    def tick(self):
        self.turns += 1


def gravity(board):
    while board.active:
        time.sleep(0.5)
        board.drop()


def play():
    board = Board()
    threading.Thread(target=gravity, args=(board,), daemon=True).start()
    for key in "ssq":
        if key == "s":
            board.drop()
        else:
            board.active = False


def count_turns(board):
    for _ in range(3):
        board.tick()


def replay():
    board = Board()
    t = threading.Thread(target=count_turns, args=(board,))
    t.start()
    t.join()
    board.tick()


def watch():
    board = Board()
    threading.Thread(target=count_turns, args=(board,)).start()
    print(board.turns)


class Dice:
    def __init__(self):
        self.rolls = 0

    def roll(self):
        self.rolls += 1  # expect: GIL001


def roll_many(dice):
    for _ in range(3):
        dice.roll()


def two_players():
    dice = Dice()
    threading.Thread(target=roll_many, args=(dice,)).start()
    threading.Thread(target=roll_many, args=(dice,)).start()


play()
replay()
watch()
two_players()
