"""Shared state in an object: a ledger whose deposit() runs in several threads at once.

deposit() copies the balance into a local, waits a moment (a stand-in for a database or network
call) and writes the balance back. Every thread that read the same balance during the wait writes
back the same total, and the other deposits are gone. The wait hands the GIL to another thread
between the read and the write, so this loses updates on every interpreter, with the GIL or without.
Run the race check above deposit(), let the quick fix give the ledger a lock, and check again.
"""
import time
from concurrent.futures import ThreadPoolExecutor

ROUNDS = 100


class Ledger:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount=10):
        for _ in range(ROUNDS):
            balance = self.balance
            time.sleep(0.001)  # the database call
            self.balance = balance + amount


if __name__ == "__main__":
    ledger = Ledger()
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(4):
            pool.submit(ledger.deposit)
    print(f"expected {4 * ROUNDS * 10:,}, balance {ledger.balance:,}")
