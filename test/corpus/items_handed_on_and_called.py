"""Items of a list every thread shares, reached through a method called on them, a helper that picks two, and a function they are handed to (positive: GIL001 three times)."""
import random
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def charge(self, fee):
        self.balance -= fee  # expect: GIL001


def pick_two(accounts):
    first = random.choice(accounts)
    second = random.choice(accounts)
    return first, second


def move(src, dst, amount):
    if src.balance < amount:
        return
    src.balance -= amount  # expect: GIL001
    dst.balance += amount  # expect: GIL001


def month_end(accounts):
    for account in accounts:
        account.charge(2)


def trade(accounts):
    for _ in range(1000):
        a, b = pick_two(accounts)
        if a is not b:
            move(a, b, random.randint(1, 50))


bank = [Account(500) for _ in range(4)]
jobs = [threading.Thread(target=trade, args=(bank,)) for _ in range(3)]
jobs += [threading.Thread(target=month_end, args=(bank,)) for _ in range(2)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
