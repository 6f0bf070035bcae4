"""Two thread functions, each started once, call methods of one global object that change the same attribute (positive: the update, and the take-and-reset that wipes out updates made between its two steps)."""
import threading
import time


class Meter:
    def __init__(self):
        self.events = 0

    def record(self):
        self.events += 1  # expect: GIL001

    def drain(self):
        seen = self.events
        self.events = 0  # expect: GIL001
        return seen


meter = Meter()


def reader():
    while True:
        meter.record()


def reporter():
    while True:
        time.sleep(5)
        print(meter.drain())


threading.Thread(target=reader, daemon=True).start()
threading.Thread(target=reporter, daemon=True).start()
