"""One list and one tally handed to the constructors of two different Thread subclasses that both take from it or both count in it (positive: GIL004 twice, GIL001 twice)."""
import threading
import time

orders = list(range(100))


class Tally:
    def __init__(self):
        self.done = 0


class Packer(threading.Thread):
    def __init__(self, queue, tally):
        super().__init__()
        self.queue = queue
        self.tally = tally

    def run(self):
        while len(self.queue) > 0:  # expect: GIL004
            time.sleep(0.001)
            self.queue.pop(0)
            self.tally.done += 1  # expect: GIL001


class Shipper(threading.Thread):
    def __init__(self, queue, tally):
        super().__init__()
        self.queue = queue
        self.tally = tally

    def run(self):
        while self.queue:  # expect: GIL004
            self.queue.pop()
            self.tally.done += 1  # expect: GIL001


tally = Tally()
packer = Packer(orders, tally)
shipper = Shipper(orders, tally)
packer.start()
shipper.start()
packer.join()
shipper.join()
print(tally.done)
