"""One callable object handed to a thread pool's submit() in a loop: every task calls the same object (positive: GIL001 once)."""
from concurrent.futures import ThreadPoolExecutor


class Tally:
    def __init__(self):
        self.words = 0

    def __call__(self, line):
        self.words += len(line.split())  # expect: GIL001


def count_words(lines):
    tally = Tally()
    with ThreadPoolExecutor(max_workers=4) as pool:
        for line in lines:
            pool.submit(tally, line)
    return tally.words
