"""A guarded withdrawal: the test and the write back both read the attribute (positive: shape 1)."""
from concurrent.futures import ThreadPoolExecutor
from time import sleep


class Wallet:
    def __init__(self, coins):
        self.coins = coins

    def spend(self, n):
        if self.coins >= n:
            remaining = self.coins - n
            sleep(0.01)
            self.coins = remaining  # expect: GIL001
            return True
        return False


wallet = Wallet(100)
with ThreadPoolExecutor() as ex:
    results = list(ex.map(wallet.spend, [30, 40, 50]))
print(results, wallet.coins)
