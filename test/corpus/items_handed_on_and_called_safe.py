"""Items of a list each thread makes for itself, a helper that makes new objects rather than picking, and a move under one bank lock (negative: no findings)."""
import random
import threading

bank_lock = threading.Lock()


class Account:
    def __init__(self, balance):
        self.balance = balance

    def charge(self, fee):
        self.balance -= fee


def fresh_pair(accounts):
    first = Account(random.choice(accounts).balance)
    second = Account(0)
    return first, second


def move(src, dst, amount):
    if src.balance < amount:
        return
    src.balance -= amount
    dst.balance += amount


def practice(seed):
    own = [Account(100) for _ in range(3)]
    for account in own:
        account.charge(1)
    a, b = fresh_pair(own)
    move(a, b, 10)


def trade(accounts):
    for _ in range(1000):
        a, b = fresh_pair(accounts)
        move(a, b, 5)
        with bank_lock:
            x = random.choice(accounts)
            y = random.choice(accounts)
            if x.balance >= 5:
                x.balance -= 5
                y.balance += 5


bank = [Account(500) for _ in range(4)]
jobs = [threading.Thread(target=trade, args=(bank,)) for _ in range(3)]
jobs += [threading.Thread(target=practice, args=(n,)) for n in range(2)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
