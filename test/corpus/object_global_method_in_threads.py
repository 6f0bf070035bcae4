"""A module-level object whose method updates its own attribute, called by a worker that several threads run (positive: object state, no handing over)."""
import threading


class Inventory:
    def __init__(self):
        self.items = 0

    def restock(self, n):
        self.items += n  # expect: GIL001


class Report:
    def __init__(self):
        self.items = 0

    def restock(self, n):
        self.items = n


store = Inventory()


def supplier():
    for _ in range(500):
        store.restock(2)


workers = [threading.Thread(target=supplier) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(store.items, Report().items)
