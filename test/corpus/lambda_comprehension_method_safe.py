"""Threads whose lambda calls a method in a comprehension, where only the guarded meter is ever handed in (negative)."""
import threading


class PlainMeter:
    def __init__(self):
        self.ticks = 0

    def tick(self):
        self.ticks += 1


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


def count_alone(rounds):
    meter = PlainMeter()
    for _ in range(rounds):
        meter.tick()
    return meter.ticks


if __name__ == "__main__":
    print(hammer(GuardedMeter(), 10_000))
    print(count_alone(100))
