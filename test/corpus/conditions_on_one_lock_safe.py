"""A bounded buffer whose two Conditions wrap one RLock: holding either holds that lock (negative: no findings)."""
import threading


class Ring:
    def __init__(self, size):
        self.size = size
        self.items = [None] * size
        self.head = 0
        self.count = 0
        base = threading.RLock()
        self.not_full = threading.Condition(base)
        self.not_empty = threading.Condition(base)

    def put(self, item):
        with self.not_full:
            self.not_full.wait_for(lambda: self.count < self.size)
            self.items[(self.head + self.count) % self.size] = item
            self.count += 1
            self.not_empty.notify()

    def take(self):
        with self.not_empty:
            self.not_empty.wait_for(lambda: self.count > 0)
            item = self.items[self.head]
            self.head = (self.head + 1) % self.size
            self.count -= 1
            self.not_full.notify()
        return item


ring = Ring(4)
makers = [threading.Thread(target=ring.put, args=(n,)) for n in range(8)]
takers = [threading.Thread(target=ring.take) for _ in range(8)]
for t in makers + takers:
    t.start()
