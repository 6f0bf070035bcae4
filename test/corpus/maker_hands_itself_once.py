"""A shop that makes one Reporter thread in `__init__` and hands it itself: one thread reads the shop's tally while the shop's own code only reads it too (negative)."""
import threading
import time


class Reporter(threading.Thread):
    def __init__(self, shop):
        super().__init__(daemon=True)
        self.shop = shop

    def run(self):
        while True:
            self.shop.report()
            time.sleep(1)


class Shop:
    def __init__(self):
        self.tally = 0
        self.reported = 0
        Reporter(self).start()

    def report(self):
        self.reported += 1
        print("tally", self.tally)


shop = Shop()
