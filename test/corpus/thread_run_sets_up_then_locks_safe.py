"""A countdown thread whose run() first sets its count without the lock and then counts down under
it: one thread, one step after the other, and the other threads only read the count or set it under
the lock (negative)."""
import threading
import time


class Countdown(threading.Thread):
    def __init__(self, seconds):
        super().__init__()
        self.seconds = seconds
        self.lock = threading.Lock()

    def run(self):
        self.left = self.seconds
        while True:
            with self.lock:
                if self.left <= 0:
                    break
                self.left -= 1
            time.sleep(1)

    def restart(self):
        with self.lock:
            self.left = self.seconds

    def remaining(self):
        with self.lock:
            return self.left


clock = Countdown(5)
clock.start()
time.sleep(2)
clock.restart()
