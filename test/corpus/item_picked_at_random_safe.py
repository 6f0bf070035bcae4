"""Items picked with random.choice from a list each thread makes for itself, and from a shared list under one lock (negative: no findings)."""
import random
import threading

bank_lock = threading.Lock()


class Account:
    def __init__(self, balance):
        self.balance = balance


def simulate(seed):
    rng = random.Random(seed)
    own = [Account(100) for _ in range(3)]
    for _ in range(1000):
        account = rng.choice(own)
        account.balance -= 1


def pay_fees(accounts):
    for _ in range(1000):
        with bank_lock:
            account = random.choice(accounts)
            if account.balance > 0:
                account.balance -= 1


accounts = [Account(100) for _ in range(5)]
threads = [threading.Thread(target=simulate, args=(n,)) for n in range(3)]
threads += [threading.Thread(target=pay_fees, args=(accounts,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
