"""A course library's Thread takes the function and its arguments and starts at once: two workers
walk one shared array with an unlocked index (positive, twice). A timer class of another library that
is handed no callable starts nothing (negative)."""
from labkit import *
from stopwatch import LapTimer


class Tape:
    def __init__(self, size):
        self.position = 0
        self.size = size
        self.cells = [0] * size


def walk(tape):
    while tape.position < tape.size:
        tape.cells[tape.position] += 1  # expect: GIL001
        tape.position += 1  # expect: GIL001


def main():
    tape = Tape(100_000)
    clock = LapTimer("walk", 3)
    first = Thread(walk, tape)
    second = Thread(walk, tape)
    first.join()
    second.join()
    print(clock, sum(tape.cells))


if __name__ == "__main__":
    main()
