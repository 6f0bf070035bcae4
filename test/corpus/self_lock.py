"""An object's own lock in self._lock (negative)."""
import threading


class Account:
    def __init__(self, balance=0):
        self.balance = balance
        self._lock = threading.Lock()

    def deposit(self, amount):
        with self._lock:
            self.balance += amount

    def withdraw(self, amount):
        with self._lock:
            if self.balance < amount:
                raise ValueError("insufficient funds")
            self.balance -= amount


def main():
    acct = Account(1000)
    threads = [threading.Thread(target=acct.deposit, args=(5,)) for _ in range(10)]
    threads += [threading.Thread(target=acct.withdraw, args=(5,)) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return acct.balance
