"""The read and the write back hold one lock (negative: shape 1 done right)."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Vault:
    def __init__(self):
        self._guard = threading.Lock()
        self.gold = 0

    def deposit(self, n):
        with self._guard:
            held = self.gold
            time.sleep(0.001)
            self.gold = held + n


vault = Vault()
with ThreadPoolExecutor() as ex:
    for n in range(10):
        ex.submit(vault.deposit, n)
