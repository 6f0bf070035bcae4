"""Locks taken in one order everywhere, forks taken lower index first, a try that backs off (negative)."""
import threading
import time

accounts_lock = threading.Lock()
audit_lock = threading.Lock()
forks = [threading.Lock() for _ in range(5)]


def post_payment(amount):
    with accounts_lock:
        with audit_lock:
            print("paid", amount)


def run_audit():
    with accounts_lock:
        with audit_lock:
            print("audited")


def philosopher(i):
    first, second = sorted((i, (i + 1) % len(forks)))
    for _ in range(3):
        with forks[first]:
            with forks[second]:
                time.sleep(0.01)


def impatient_audit():
    with audit_lock:
        if accounts_lock.acquire(timeout=0.1):
            try:
                print("audited")
            finally:
                accounts_lock.release()


threading.Thread(target=post_payment, args=(10,)).start()
threading.Thread(target=run_audit).start()
threading.Thread(target=impatient_audit).start()
for n in range(5):
    threading.Thread(target=philosopher, args=(n,)).start()


class Wallet:
    def __init__(self, number, coins):
        self.number = number
        self.coins = coins
        self.lock = threading.Lock()

    def pay(self, other, n):
        first, second = (self, other) if self.number < other.number else (other, self)
        with first.lock:
            with second.lock:
                self.coins -= n
                other.coins += n


alice, bob = Wallet(1, 10), Wallet(2, 10)
threading.Thread(target=alice.pay, args=(bob, 1)).start()
threading.Thread(target=bob.pay, args=(alice, 1)).start()
