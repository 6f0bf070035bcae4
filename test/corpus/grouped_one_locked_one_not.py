"""Two updates of one attribute, only one under the lock: the other is the finding (positive: shape 6)."""
import threading


class Pool:
    def __init__(self):
        self._lock = threading.Lock()
        self.busy = 0

    def lease(self):
        with self._lock:
            self.busy += 1
        try:
            return object()
        finally:
            self.busy -= 1  # expect: GIL001


pool = Pool()
workers = [threading.Thread(target=pool.lease) for _ in range(3)]
for w in workers:
    w.start()
