"""Threads add into a running total's next slot from the one before it, several threads on the same slot (positive)."""
import random
import threading

DAYS = 5


class Ledger:
    def __init__(self, days):
        self.balance = [100] + [0] * days


def post(ledger, amount):
    day = random.randrange(DAYS)
    ledger.balance[day + 1] = ledger.balance[day + 1] + ledger.balance[day] // 100 + amount  # expect: GIL001


if __name__ == "__main__":
    ledger = Ledger(DAYS)
    clerks = [threading.Thread(target=post, args=(ledger, n)) for n in range(20)]
    for c in clerks:
        c.start()
    for c in clerks:
        c.join()
    print(ledger.balance)
