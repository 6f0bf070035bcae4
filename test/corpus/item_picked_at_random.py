"""Accounts picked with random.choice from one list every thread is handed: changes and tests of the picked account's attributes race (positive: GIL001 once, GIL004 once)."""
import random
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


def pay_fees(accounts):
    for _ in range(1000):
        account = random.choice(accounts)
        account.balance -= 1  # expect: GIL001


def transfer(accounts):
    for _ in range(1000):
        src = random.choice(accounts)
        dst = random.choice(accounts)
        if src is dst:
            continue
        if src.balance < 10:  # expect: GIL004
            continue
        first, second = (src, dst) if id(src) < id(dst) else (dst, src)
        with first.lock:
            with second.lock:
                src.balance -= 10
                dst.balance += 10


accounts = [Account(100) for _ in range(5)]
threads = [threading.Thread(target=pay_fees, args=(accounts,)) for _ in range(3)]
threads += [threading.Thread(target=transfer, args=(accounts,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
