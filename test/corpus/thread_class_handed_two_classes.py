"""Teller threads each handed one account through their constructor, first a plain account for a thousand tellers, then a locked one: the plain account's methods lose updates (positive: GIL001 twice)."""
import threading


class PlainAccount:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount  # expect: GIL001

    def withdraw(self, amount):
        self.balance -= amount  # expect: GIL001


class LockedAccount:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            self.balance -= amount


class Teller(threading.Thread):
    def __init__(self, account):
        super().__init__()
        self.account = account

    def run(self):
        self.account.deposit(10)
        self.account.withdraw(10)


plain = PlainAccount()
locked = LockedAccount()
for _ in range(2):
    Teller(plain).start()
    Teller(locked).start()
