"""Threads whose lambda calls a method in a comprehension, on a meter handed to the starting function (positive: shape 2)."""
import threading


class PlainMeter:
    def __init__(self):
        self.ticks = 0

    def tick(self):
        self.ticks += 1  # expect: GIL001


class GuardedMeter:
    def __init__(self):
        self.ticks = 0
        self.lock = threading.Lock()

    def tick(self):
        with self.lock:
            self.ticks += 1


def hammer(meter, rounds):
    workers = []
    for _ in range(8):
        worker = threading.Thread(target=lambda: [meter.tick() for _ in range(rounds)])
        workers.append(worker)
        worker.start()
    for worker in workers:
        worker.join()
    return meter.ticks


if __name__ == "__main__":
    print(hammer(PlainMeter(), 10_000))
    print(hammer(GuardedMeter(), 10_000))
