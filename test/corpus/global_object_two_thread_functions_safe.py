"""Two thread functions, each started once, each calling methods of a different global object (negative)."""
import threading


class Meter:
    def __init__(self):
        self.events = 0

    def record(self):
        self.events += 1


inbound = Meter()
outbound = Meter()


def reader():
    for _ in range(1000):
        inbound.record()


def writer():
    for _ in range(1000):
        outbound.record()


threading.Thread(target=reader).start()
threading.Thread(target=writer).start()
