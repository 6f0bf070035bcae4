"""The same gauge reader, with one lock over the countdown: reading() counts it down holding the
lock, and the reader's thread refills it holding the same lock, so no refill is undone."""
import random
import threading
import time


class GaugeReader(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.level = 0.0
        self.lives = 50
        self.stopped = False
        self.lives_lock = threading.Lock()

    def reading(self):
        with self.lives_lock:
            self.lives = self.lives - 1
            if self.lives < 0:
                self.stopped = True
        return self.level

    def run(self):
        while not self.stopped:
            self.level = random.uniform(0, 10)
            with self.lives_lock:
                self.lives = 50
            time.sleep(0.5)


reader = GaugeReader()
reader.start()
for _ in range(5):
    print(reader.reading())
    time.sleep(1)
