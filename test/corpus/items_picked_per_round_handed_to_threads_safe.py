"""Each thread gets an account of its own (negative): the loop hands `accounts[i]` with the round's own
index, or the account the loop itself took, so no two threads update one balance. Random picks are
handed only to a transfer that takes the bank's lock around its test and its two updates."""
import random
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance


bank_lock = threading.Lock()


def add_interest(account, rate):
    account.balance += account.balance * rate


def close_month(account):
    account.balance -= 1


def transfer(source, target, amount):
    with bank_lock:
        if source.balance < amount:
            return
        source.balance -= amount
        target.balance += amount


def main():
    accounts = [Account(100) for _ in range(4)]
    workers = [threading.Thread(target=add_interest, args=(accounts[i], 0.01)) for i in range(len(accounts))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    closers = []
    for account in accounts:
        closers.append(threading.Thread(target=close_month, args=(account,)))
    for c in closers:
        c.start()
    for c in closers:
        c.join()
    movers = []
    for _ in range(10):
        source, target = random.sample(accounts, 2)
        movers.append(threading.Thread(target=transfer, args=(source, target, 5)))
    for m in movers:
        m.start()
    for m in movers:
        m.join()


if __name__ == "__main__":
    main()
