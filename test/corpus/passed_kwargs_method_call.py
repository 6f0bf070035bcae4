"""A meter handed through kwargs to two threads; the function calls its method, which updates it (positive: shape 2)."""
import threading


class Meter:
    def __init__(self):
        self.reading = 0

    def tick(self):
        self.reading += 1  # expect: GIL001


def sample(meter, n):
    for _ in range(n):
        meter.tick()


m = Meter()
first = threading.Thread(target=sample, kwargs={"meter": m, "n": 1000})
second = threading.Thread(target=sample, kwargs=dict(meter=m, n=1000))
first.start()
second.start()
