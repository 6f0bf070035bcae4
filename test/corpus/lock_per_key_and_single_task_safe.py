"""A lock per key from a table of locks, and a long task handed once to a pool (one worker runs it) (negative)."""
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

health = {"checks": 0}


class Buckets:
    def __init__(self):
        self.counts = {}
        self.locks = defaultdict(threading.Lock)

    def hit(self, key):
        with self.locks[key]:
            self.counts[key] = self.counts.get(key, 0) + 1


def monitor():
    for _ in range(60):
        health["checks"] += 1
        time.sleep(1)


buckets = Buckets()
for _ in range(4):
    threading.Thread(target=buckets.hit, args=("home",)).start()
pool = ThreadPoolExecutor(max_workers=4)
pool.submit(monitor)
