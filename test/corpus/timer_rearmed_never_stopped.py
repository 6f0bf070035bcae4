"""A heartbeat that re-arms its Timer from the callback and has a `stop()`, but the program that makes it never calls
`stop()`: each Timer is replaced only by the one before it, on the timers' own chain, so nothing races the replace
(negative: no finding)."""
import threading
import time


class Heartbeat:
    def __init__(self, every, beat):
        self.every = every
        self.beat = beat
        self.timer = None

    def _fire(self):
        self.beat()
        self.arm()

    def arm(self):
        self.timer = threading.Timer(self.every, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def stop(self):
        self.timer.cancel()


pulse = Heartbeat(0.5, lambda: print("alive"))
pulse.arm()
time.sleep(2)
