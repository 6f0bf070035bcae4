"""A sender keeps batches in a deque that its worker thread takes from and puts back under the lock,
while any caller of `pending()` adds up the batches with no lock: a change in the middle stops the
loop with RuntimeError (positive). `queued()` copies the deque under the lock first (negative)."""
import collections
import threading
import time


class BatchSender:
    def __init__(self):
        self._lock = threading.Lock()
        self._batches = collections.deque()
        self._worker = threading.Thread(target=self._run, daemon=True)
        self._worker.start()

    def add(self, batch):
        with self._lock:
            self._batches.append(batch)

    def pending(self):
        return sum(len(b) for b in self._batches)  # expect: GIL004

    def queued(self):
        with self._lock:
            batches = list(self._batches)
        return sum(len(b) for b in batches)

    def _run(self):
        while True:
            with self._lock:
                if self._batches:
                    batch = self._batches.popleft()
                    if not send(batch):
                        self._batches.append(batch)
            time.sleep(0.1)


def send(batch):
    return bool(batch)


sender = BatchSender()
for n in range(5):
    sender.add([n] * n)
    print(sender.pending(), sender.queued())
