"""A method hands a batch to a one-off pool with a result callback and waits for the pool at once (close, join): the callback ends before the method goes on, so it never runs beside the object's other methods (negative)."""
from multiprocessing.pool import ThreadPool


def upload(batch):
    return len(batch) > 0


class Shipper:
    def __init__(self, size=10):
        self.waiting = []
        self.in_transit = []
        self.size = size

    def add(self, parcel):
        self.waiting.append(parcel)
        if len(self.waiting) >= self.size:
            self.ship()

    def ship(self):
        pool = ThreadPool(1)
        self.in_transit = list(self.waiting)
        self.waiting = []
        outcome = pool.apply_async(upload, (self.in_transit,), callback=self.shipped)
        # waits for the callback too
        pool.close()
        pool.join()
        return outcome

    def shipped(self, ok):
        if ok:
            self.in_transit = []
        else:
            if len(self.waiting) > 50:
                self.waiting = []
            self.waiting += self.in_transit


shipper = Shipper(size=2)
for n in range(7):
    shipper.add(n)
