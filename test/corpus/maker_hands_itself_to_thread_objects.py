"""A barbershop whose arrival loop makes one Client thread per client and hands each the shop itself (`Client(n, self)`): every client thread calls back into the one shop, which tests a chair and takes it, and counts the served, with no lock (positive)."""
import threading
import time


class Chair:
    def __init__(self, number):
        self.number = number
        self.taken = False


class Client(threading.Thread):
    def __init__(self, number, shop):
        super().__init__()
        self.number = number
        self.shop = shop

    def run(self):
        self.shop.seat(self)


class Shop:
    def __init__(self, chairs):
        self.chairs = [Chair(n) for n in range(chairs)]
        self.served = 0

    def open_doors(self, clients):
        for n in range(clients):
            Client(n, self).start()
            time.sleep(0.01)

    def seat(self, client):
        for chair in self.chairs:
            if not chair.taken:  # expect: GIL004
                chair.taken = True
                time.sleep(0.05)
                self.served += 1  # expect: GIL001
                chair.taken = False
                return


shop = Shop(2)
shop.open_doors(6)
