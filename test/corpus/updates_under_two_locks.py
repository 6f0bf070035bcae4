"""One state updated under two different locks, and one object handed to two different workers (positive)."""
import threading

deposit_lock = threading.Lock()
withdraw_lock = threading.Lock()
served = 0


class Till:
    def __init__(self):
        self.cash = 0
        self.sales = 0

    def pay_in(self, amount):
        with deposit_lock:
            self.cash += amount  # expect: GIL001

    def pay_out(self, amount):
        with withdraw_lock:
            self.cash -= amount

    def sell(self):
        self.sales += 1  # expect: GIL001


def cashier(till):
    global served
    for _ in range(1000):
        till.pay_in(5)
        till.sell()
        with deposit_lock:
            served += 1  # expect: GIL001


def refunds(till):
    global served
    for _ in range(1000):
        till.pay_out(5)
        till.sell()
        with withdraw_lock:
            served += 1


if __name__ == "__main__":
    shared = Till()
    threading.Thread(target=cashier, args=(shared,)).start()
    threading.Thread(target=refunds, args=(shared,)).start()
