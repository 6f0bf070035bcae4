"""A Thread subclass whose run() calls a method of a module-level object; several of them started (positive)."""
import threading


class Histogram:
    def __init__(self):
        self.buckets = [0] * 10
        self.total = 0

    def record(self, value):
        self.buckets[value % 10] += 1  # expect: GIL001
        self.total += 1  # expect: GIL001


histogram = Histogram()


class Sampler(threading.Thread):
    def __init__(self, seed):
        super().__init__()
        self.seed = seed

    def run(self):
        for i in range(1000):
            histogram.record(self.seed * i)


samplers = [Sampler(s) for s in range(4)]
for s in samplers:
    s.start()
for s in samplers:
    s.join()
