"""Each round of a demo loop makes one account and hands it to two withdrawing threads: that round's object is shared by both (positive: GIL001)."""
import threading


class Wallet:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


def withdraw(wallet, amount):
    if wallet.balance >= amount:
        wallet.balance -= amount  # expect: GIL001


for trial in range(5):
    wallet = Wallet(f"trial {trial}", 1000)
    first = threading.Thread(target=withdraw, args=(wallet, 800))
    second = threading.Thread(target=withdraw, args=(wallet, 800))
    first.start()
    second.start()
    first.join()
    second.join()
    print(wallet.owner, wallet.balance)
