"""A module-level object called from several threads whose method takes the object's own lock (negative)."""
import threading


class Inventory:
    def __init__(self):
        self.items = 0
        self.guard = threading.Lock()

    def restock(self, n):
        with self.guard:
            self.items += n


store = Inventory()


def supplier():
    for _ in range(500):
        store.restock(2)


workers = [threading.Thread(target=supplier) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
