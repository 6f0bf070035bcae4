"""A lambda closes over one account and every pooled call deposits into it (positive: shape 2)."""
from concurrent.futures import ThreadPoolExecutor


class Account:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n  # expect: GIL001


def fund(amounts):
    acc = Account()
    with ThreadPoolExecutor() as pool:
        for a in amounts:
            pool.submit(lambda: acc.add(5))
    return acc.total
