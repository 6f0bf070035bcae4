"""Locks taken in opposite orders by code that runs in threads, and forks taken by index around a table (positive: GIL009 four times)."""
import threading
import time

accounts_lock = threading.Lock()
audit_lock = threading.Lock()
forks = [threading.Lock() for _ in range(5)]


def post_payment(amount):
    with accounts_lock:
        time.sleep(0.01)
        with audit_lock:
            print("paid", amount)


def run_audit():
    audit_lock.acquire()
    try:
        accounts_lock.acquire()  # expect: GIL009
        print("audited")
        accounts_lock.release()
    finally:
        audit_lock.release()


def philosopher(i):
    for _ in range(3):
        with forks[i]:
            with forks[(i + 1) % len(forks)]:  # expect: GIL009
                time.sleep(0.01)


class Ledger:
    def __init__(self):
        self.entries_lock = threading.Lock()
        self.totals_lock = threading.Lock()
        self.entries = []
        self.total = 0

    def add(self, amount):
        with self.entries_lock:
            with self.totals_lock:
                self.entries.append(amount)
                self.total += amount

    def undo(self):
        with self.totals_lock:
            with self.entries_lock:  # expect: GIL009
                self.total -= self.entries.pop()


threading.Thread(target=post_payment, args=(10,)).start()
threading.Thread(target=run_audit).start()
for n in range(5):
    threading.Thread(target=philosopher, args=(n,)).start()
ledger = Ledger()
threading.Thread(target=ledger.add, args=(5,)).start()
threading.Thread(target=ledger.undo).start()


class Wallet:
    def __init__(self, coins):
        self.coins = coins
        self.lock = threading.Lock()

    def pay(self, other, n):
        with self.lock:
            with other.lock:  # expect: GIL009
                self.coins -= n
                other.coins += n


alice, bob = Wallet(10), Wallet(10)
threading.Thread(target=alice.pay, args=(bob, 1)).start()
threading.Thread(target=bob.pay, args=(alice, 1)).start()
