"""A method that only answers a question about the state, asked before the state changes: the answer
can be out of date, even when the method takes the lock to answer (positive)."""
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.lock = threading.Lock()
        self.items = []
        self.capacity = capacity

    def is_full(self):
        with self.lock:
            return len(self.items) >= self.capacity

    def put(self, item):
        if not self.is_full():  # expect: GIL004
            with self.lock:
                self.items.append(item)
            return True
        return False


class Wallet:
    def __init__(self, coins):
        self.lock = threading.Lock()
        self.coins = coins

    def can_spend(self, n):
        """Whether n coins are there."""
        return self.coins >= n

    def spend(self, n):
        if not self.can_spend(n):  # expect: GIL004
            raise ValueError("not enough coins")
        with self.lock:
            self.coins -= n


class Court:
    def __init__(self):
        self.lock = threading.Lock()
        self.player = None

    def court_free(self):
        return self.player is None or self.player == "nobody"

    def play(self, name):
        if self.court_free():  # expect: GIL004
            with self.lock:
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
