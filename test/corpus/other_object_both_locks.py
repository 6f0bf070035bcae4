"""Transfers that hold both accounts' locks, taken in one order; a receipt counter under the sender's lock only (negative: wrong lock).

move_to() takes its own lock first whatever the direction, against transfer_to()'s order: GIL009.
"""
import threading


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()

    def transfer_to(self, other, amount):
        first, second = (self, other) if self.number < other.number else (other, self)
        with first.lock:
            with second.lock:
                self.balance -= amount
                other.balance += amount

    def move_to(self, other, amount):
        with self.lock, other.lock:  # expect: GIL009
            self.balance -= amount
            other.balance += amount

    def note_receipt(self, ledger):
        with self.lock:
            self.balance += 0
            ledger.entries += 1


class Ledger:
    def __init__(self):
        self.entries = 0


a = Account(1, 500)
b = Account(2, 500)
book = Ledger()
jobs = [threading.Thread(target=a.transfer_to, args=(b, 1)) for _ in range(20)]
jobs += [threading.Thread(target=b.move_to, args=(a, 1)) for _ in range(20)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
threading.Thread(target=a.note_receipt, args=(book,)).start()
