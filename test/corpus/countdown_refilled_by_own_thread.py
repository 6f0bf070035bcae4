"""A gauge reader with a watchdog: its thread polls the gauge and refills a countdown each round,
while the logger's thread calls reading(), which counts the countdown down and stops the reader when
it runs out. A refill that lands between the logger's read and its write is undone, so the reader
can be stopped while it is still alive."""
import random
import threading
import time


class GaugeReader(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.level = 0.0
        self.lives = 50
        self.stopped = False

    def reading(self):
        self.lives = self.lives - 1  # expect: GIL001
        if self.lives < 0:
            self.stopped = True
        return self.level

    def run(self):
        while not self.stopped:
            self.level = random.uniform(0, 10)
            self.lives = 50
            time.sleep(0.5)


reader = GaugeReader()
reader.start()
for _ in range(5):
    print(reader.reading())
    time.sleep(1)
