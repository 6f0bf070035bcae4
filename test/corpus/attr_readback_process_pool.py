"""Bound methods sent to a process pool run on copies of the object (negative: no threads)."""
from concurrent.futures import ProcessPoolExecutor


class Accumulator:
    def __init__(self):
        self.value = 0

    def add(self, n):
        snapshot = self.value
        self.value = snapshot + n
        return self.value


if __name__ == "__main__":
    acc = Accumulator()
    with ProcessPoolExecutor() as pool:
        print(list(pool.map(acc.add, range(5))))
