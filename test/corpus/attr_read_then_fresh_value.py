"""A thread reads an attribute for a log line and stores a value not derived from it (negative)."""
import threading
import time


class Heartbeat:
    def __init__(self):
        self.last_seen = 0.0

    def beat(self):
        previous = self.last_seen
        print("previous beat", previous)
        self.last_seen = time.monotonic()


hb = Heartbeat()
beats = [threading.Thread(target=hb.beat) for _ in range(3)]
for b in beats:
    b.start()
for b in beats:
    b.join()
