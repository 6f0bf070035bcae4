"""A flusher takes the shared buffer and puts a new empty one in its place while other threads append: what lands in between is taken but never flushed (positive: GIL001 twice)."""
import threading
import time

events = []


def record(n):
    for i in range(n):
        events.append((n, i))


def flush_forever():
    global events
    for _ in range(20):
        taken = events
        events = []  # expect: GIL001
        print(len(taken), "events")
        time.sleep(0.01)


class Batcher:
    def __init__(self):
        self.pending = {}
        threading.Thread(target=self._ship, daemon=True).start()

    def add(self, key, value):
        self.pending[key] = value

    def _ship(self):
        while True:
            batch = self.pending
            self.pending = {}  # expect: GIL001
            for key in batch:
                print("ship", key)
            time.sleep(0.05)


producers = [threading.Thread(target=record, args=(50,)) for _ in range(3)]
flusher = threading.Thread(target=flush_forever)
for t in producers + [flusher]:
    t.start()
batcher = Batcher()
for k in range(100):
    batcher.add(k, k * k)
