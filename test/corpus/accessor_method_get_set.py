"""A wallet's balance read through its getter and written through its setter, from threads that share the wallet (positive: shape 1)."""
import threading
import time


class Wallet:
    def __init__(self, coins=0):
        self._coins = coins
        self._lock = threading.Lock()

    def coins(self):
        with self._lock:
            return self._coins

    def set_coins(self, amount):
        with self._lock:
            self._coins = amount


def top_up(wallet, amount):
    current = wallet.coins()
    time.sleep(0.001)
    wallet.set_coins(current + amount)  # expect: GIL001


purse = Wallet()
payers = [threading.Thread(target=top_up, args=(purse, 5)) for _ in range(10)]
for p in payers:
    p.start()
for p in payers:
    p.join()
print(purse.coins())
