"""A module-level object guarded by the lock stored on it (negative), and updated without it (positive)."""
import threading


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = 0
        self.errors = 0


stats = Stats()


def handle(ok):
    with stats.lock:
        stats.requests += 1
    if not ok:
        stats.errors += 1  # expect: GIL001


def main(results):
    threads = [threading.Thread(target=handle, args=(r,)) for r in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
