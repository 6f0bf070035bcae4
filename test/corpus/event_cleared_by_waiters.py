"""Threads that wait for a shared Event and then clear it themselves (positive).

The first runner past the wait clears it, and a runner still finishing its lap waits for the next start.
"""
import random
import threading
import time

start_signal = threading.Event()


def runner(name, laps):
    for lap in range(laps):
        start_signal.wait()
        start_signal.clear()  # expect: GIL004
        time.sleep(random.random() / 100)
        print(name, "ran lap", lap)


class Draw:
    def __init__(self):
        self.number = None
        self.drawn = threading.Event()

    def draw(self):
        self.number = random.randint(1, 49)
        self.drawn.set()

    def result(self):
        self.drawn.wait()
        self.drawn.clear()  # expect: GIL004
        return self.number


draw = Draw()
runners = [threading.Thread(target=runner, args=(f"r{i}", 3)) for i in range(4)]
players = [threading.Thread(target=draw.result) for _ in range(3)]
for t in runners + players:
    t.start()
for _ in range(3):
    time.sleep(0.05)
    start_signal.set()
    draw.draw()
