"""The same buffer with a Condition on a lock of its own each: the two updates of the count hold different locks (positive: GIL001 once)."""
import threading


class Ring:
    def __init__(self, size):
        self.size = size
        self.count = 0
        self.not_full = threading.Condition(threading.Lock())
        self.not_empty = threading.Condition(threading.Lock())

    def put(self, item):
        with self.not_full:
            self.count += 1  # expect: GIL001

    def take(self):
        with self.not_empty:
            self.count -= 1


ring = Ring(4)
for n in range(8):
    threading.Thread(target=ring.put, args=(n,)).start()
    threading.Thread(target=ring.take).start()
