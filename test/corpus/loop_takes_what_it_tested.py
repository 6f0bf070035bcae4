"""Box-office windows that each loop while seats are left and take one under the lock: the test is
made before the lock is taken, so when one seat is left two windows can both pass it and both take,
and the count goes below zero (positive). With print() under the lock, as here, CPython 3.11 with the
GIL oversold in most runs we measured; a quiet body oversells rarely, and on a free-threaded build too."""
import threading

seats_left = 40
booking = threading.Lock()


def box_office(window):
    global seats_left
    while seats_left > 0:  # expect: GIL004
        with booking:
            seats_left -= 1
            print(f"window {window}: a seat sold, {seats_left} left")


class Pantry:
    jars = 12
    shelf = threading.Lock()


def cook():
    while Pantry.jars:  # expect: GIL004
        Pantry.shelf.acquire()
        Pantry.jars -= 1
        Pantry.shelf.release()


class Wallet:
    def __init__(self, coins):
        self.coins = coins
        self.purse = threading.Lock()

    def spend_all(self, price):
        while self.coins >= price:  # expect: GIL004
            with self.purse:
                self.coins -= price


if __name__ == "__main__":
    windows = [threading.Thread(target=box_office, args=(n,)) for n in range(3)]
    cooks = [threading.Thread(target=cook) for _ in range(2)]
    wallet = Wallet(100)
    spenders = [threading.Thread(target=wallet.spend_all, args=(7,)) for _ in range(2)]
    for t in windows + cooks + spenders:
        t.start()
    for t in windows + cooks + spenders:
        t.join()
