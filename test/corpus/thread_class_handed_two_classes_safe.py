"""Teller threads handed either of two locked accounts through their constructor (negative)."""
import threading


class LockedAccount:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount


class AuditedAccount:
    def __init__(self):
        self.balance = 0
        self.entries = []
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.entries.append(amount)


class Teller(threading.Thread):
    def __init__(self, account):
        super().__init__()
        self.account = account

    def run(self):
        self.account.deposit(10)


locked = LockedAccount()
audited = AuditedAccount()
for _ in range(2):
    Teller(locked).start()
    Teller(audited).start()
