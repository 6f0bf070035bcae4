"""The thread function passes its shared object on to a helper that updates it (positive: shape 2)."""
import threading


class Stats:
    def __init__(self):
        self.hits = 0


def note(stats):
    stats.hits += 1  # expect: GIL001


def serve(stats, requests):
    for _ in range(requests):
        note(stats)


shared = Stats()
threads = [threading.Thread(target=serve, args=(shared, 100)) for _ in range(3)]
for t in threads:
    t.start()
