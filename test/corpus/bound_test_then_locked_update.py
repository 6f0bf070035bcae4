"""A bound tested without the lock, then an update made under it: two threads can both pass the test, and the lock then lets both update (positive: GIL004 twice)."""
import threading


class WorkerPool:
    def __init__(self, limit):
        self.lock = threading.Lock()
        self.running = 0
        self.limit = limit
        self.state = "open"

    def start_one(self):
        if self.running < self.limit:  # expect: GIL004
            with self.lock:
                self.running += 1

    def close_once(self):
        if self.state == "open":  # expect: GIL004
            with self.lock:
                self.state = "closed"
            print("closing")


pool = WorkerPool(limit=2)
threads = [threading.Thread(target=pool.start_one) for _ in range(6)]
threads += [threading.Thread(target=pool.close_once) for _ in range(2)]
for t in threads:
    t.start()
