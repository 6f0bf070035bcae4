"""Getters and setters that are safe: one lock over the read and the write back, a per-thread object, a fresh value (negative: shape 1)."""
import threading

_store = {}
_store_lock = threading.Lock()


def fetch(name):
    return _store.get(name, 0)


def save(name, value):
    _store[name] = value


def record_visit(page):
    with _store_lock:
        seen = fetch(page)
        save(page, seen + 1)


def reset(page):
    seen = fetch(page)
    print("was", seen)
    save(page, 0)


class Wallet:
    def __init__(self):
        self._coins = 0

    def coins(self):
        return self._coins

    def set_coins(self, amount):
        self._coins = amount


def own_wallet(rounds):
    wallet = Wallet()
    for _ in range(rounds):
        wallet.set_coins(wallet.coins() + 1)
    return wallet.coins()


workers = [threading.Thread(target=record_visit, args=("home",)) for _ in range(4)]
workers += [threading.Thread(target=reset, args=("home",)) for _ in range(2)]
workers += [threading.Thread(target=own_wallet, args=(100,)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
