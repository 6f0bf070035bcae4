"""Each thread gets its own account from the loop (negative: shape 2)."""
import threading


class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, n):
        self.balance += n


def pay(account):
    account.deposit(10)


accounts = [Account() for _ in range(4)]
for acc in accounts:
    threading.Thread(target=pay, args=(acc,)).start()
