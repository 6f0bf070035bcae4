"""The same countdown, but other threads also add time under the lock: an add made right after
start(), before run() has set the count, is written over by run()'s first store (positive)."""
import threading
import time


class Countdown(threading.Thread):
    def __init__(self, seconds):
        super().__init__()
        self.seconds = seconds
        self.left = seconds
        self.lock = threading.Lock()

    def run(self):
        self.left = self.seconds  # expect: GIL001
        while True:
            with self.lock:
                if self.left <= 0:
                    break
                self.left -= 1
            time.sleep(1)

    def add(self, seconds):
        with self.lock:
            self.left += seconds


clock = Countdown(5)
clock.start()
clock.add(10)
