"""Each round makes one wallet for one thread; two threads of a round each get a wallet of their own (negative)."""
import threading


class Wallet:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


def withdraw(wallet, amount):
    if wallet.balance >= amount:
        wallet.balance -= amount


for trial in range(5):
    wallet = Wallet(f"trial {trial}", 1000)
    threading.Thread(target=withdraw, args=(wallet, 800)).start()

for trial in range(5):
    mine = Wallet(f"mine {trial}", 1000)
    yours = Wallet(f"yours {trial}", 1000)
    threading.Thread(target=withdraw, args=(mine, 800)).start()
    threading.Thread(target=withdraw, args=(yours, 800)).start()
