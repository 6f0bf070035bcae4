"""A ledger copies its balance into a local, waits, and stores it back, from a pool (positive: shape 1)."""
import time
from concurrent.futures import ThreadPoolExecutor


class Ledger:
    def __init__(self, opening):
        self.balance = opening

    def post(self, amount):
        pending = self.balance
        time.sleep(0.001)  # a pretend database round trip
        self.balance = pending + amount  # expect: GIL001


def settle(entries):
    book = Ledger(0)
    with ThreadPoolExecutor(max_workers=4) as pool:
        for amount in entries:
            pool.submit(book.post, amount)
    return book.balance
