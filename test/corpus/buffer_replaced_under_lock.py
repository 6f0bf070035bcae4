"""A metrics buffer taken into a local and replaced by a new list under the lock before the batch is
sent: adds that take the same lock land in the batch before the replacement or in the new list after
it, so nothing is lost (negative). The same flush beside an add that takes no lock loses what that add
puts into the batch after it was sent (positive)."""
import threading
import time


class MetricsBuffer:
    def __init__(self, sink):
        self.lock = threading.Lock()
        self.pending = []
        self.sink = sink

    def add(self, sample):
        with self.lock:
            self.pending.append(sample)

    def flush(self):
        batch = self.pending
        with self.lock:
            self.pending = []
        for item in batch:
            self.sink(item)


class EventBuffer:
    def __init__(self, sink):
        self.lock = threading.Lock()
        self.pending = []
        self.sink = sink

    def add(self, event):
        self.pending.append(event)

    def flush(self):
        batch = self.pending
        with self.lock:
            self.pending = []  # expect: GIL001
        for item in batch:
            self.sink(item)


def run(buffer, rounds):
    for n in range(rounds):
        buffer.add(n)
        if n % 10 == 0:
            buffer.flush()
        time.sleep(0)


if __name__ == "__main__":
    metrics = MetricsBuffer(print)
    events = EventBuffer(print)
    workers = [threading.Thread(target=run, args=(b, 100)) for b in (metrics, metrics, events, events)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
