"""A transfer that holds only the sender's lock while it changes the receiver's balance (positive: wrong lock)."""
import threading


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def transfer_to(self, other, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                other.balance += amount  # expect: GIL001


alice = Account("alice", 1000)
bob = Account("bob", 1000)
jobs = [threading.Thread(target=alice.transfer_to, args=(bob, 1)) for _ in range(50)]
jobs += [threading.Thread(target=bob.deposit, args=(1,)) for _ in range(50)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
print(alice.balance + bob.balance)
