"""The bank-transfer demo: the main loop picks two accounts at random for each thread and hands them
over. Two rounds can pick the same account, so two threads update its balance at once with no lock
(positive). So do the threads handed `accounts[0]` in every round: one object for all of them."""
import random
import threading
import time


class Account:
    def __init__(self, balance):
        self.balance = balance


def transfer(source, target, amount):
    if source.balance < amount:
        return
    source.balance -= amount  # expect: GIL001
    time.sleep(0.001)
    target.balance += amount  # expect: GIL001


def charge_fee(account, fee):
    account.balance -= fee  # expect: GIL001


def main():
    accounts = [Account(100) for _ in range(4)]
    workers = []
    for _ in range(30):
        source, target = random.sample(accounts, 2)
        workers.append(threading.Thread(target=transfer, args=(source, target, 10)))
    for _ in range(5):
        workers.append(threading.Thread(target=charge_fee, args=(accounts[0], 1)))
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(sum(a.balance for a in accounts))


if __name__ == "__main__":
    main()
