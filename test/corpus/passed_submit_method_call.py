"""The same inventory handed to every submitted task, which calls a method that updates it (positive: shape 2)."""
from concurrent.futures import ThreadPoolExecutor


class Inventory:
    def __init__(self, stock):
        self.stock = stock

    def take(self, n):
        left = self.stock
        self.stock = left - n  # expect: GIL001


def pick(inventory, n):
    inventory.take(n)


def run(orders):
    shelf = Inventory(100)
    with ThreadPoolExecutor(max_workers=4) as ex:
        for n in orders:
            ex.submit(pick, shelf, n)
    return shelf.stock
