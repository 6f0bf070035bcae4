"""The same shipper, but the method keeps taking parcels while the pool's result callback may already run on the pool's thread, and waits only afterwards (positive)."""
from multiprocessing.pool import ThreadPool


def upload(batch):
    return len(batch) > 0


class Shipper:
    def __init__(self):
        self.waiting = []
        self.in_transit = []

    def ship_while_loading(self, more):
        pool = ThreadPool(1)
        self.in_transit = list(self.waiting)
        pool.apply_async(upload, (self.in_transit,), callback=self.shipped)
        for parcel in more:
            self.waiting.append(parcel)
        pool.close()
        pool.join()

    def shipped(self, ok):
        if ok:
            self.in_transit = []
        else:
            if len(self.waiting) > 50:  # expect: GIL004
                print("dropping the backlog:", list(self.waiting))
                self.waiting = []  # expect: GIL001
            self.waiting += self.in_transit


shipper = Shipper()
shipper.ship_while_loading(range(7))
