"""The question asked and the change made under one hold of the lock (negative)."""
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.lock = threading.Lock()
        self.items = []
        self.capacity = capacity

    def _full(self):
        return len(self.items) >= self.capacity

    def put(self, item):
        with self.lock:
            if self._full():
                return False
            self.items.append(item)
            return True


class Wallet:
    def __init__(self, coins):
        self.lock = threading.Lock()
        self.coins = coins

    def _enough(self, n):
        return self.coins >= n

    def spend(self, n):
        with self.lock:
            if self._enough(n):
                self.coins -= n
                return True
        return False


class Court:
    def __init__(self):
        self.lock = threading.Lock()
        self.player = None

    def court_free(self):
        return self.player is None or self.player == "nobody"

    def play(self, name):
        with self.lock:
            if self.court_free():
                self.player = name


if __name__ == "__main__":
    buffer = BoundedBuffer(3)
    wallet = Wallet(100)
    court = Court()
    workers = [threading.Thread(target=buffer.put, args=(i,)) for i in range(6)]
    workers += [threading.Thread(target=wallet.spend, args=(40,)) for _ in range(4)]
    workers += [threading.Thread(target=court.play, args=(p,)) for p in ("ann", "bo", "cy")]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(buffer.items, wallet.coins)
