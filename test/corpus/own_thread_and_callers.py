"""An object's own background thread and the code that calls its methods change the same attributes (positive)."""
import threading
import time


class Heartbeat:
    def __init__(self):
        self.beats = 0
        self.worker = threading.Thread(target=self._pulse, daemon=True)
        self.worker.start()

    def _pulse(self):
        while True:
            self.beats += 1  # expect: GIL001
            time.sleep(0.01)

    def skip(self, n):
        self.beats += n


class Repeater:
    def __init__(self, every, action):
        self.every = every
        self.action = action
        self.timer = None
        self.running = False
        self.begin()

    def _tick(self):
        self.running = False
        self.begin()
        self.action()

    def begin(self):
        if not self.running:  # expect: GIL004
            self.timer = threading.Timer(self.every, self._tick)  # expect: GIL001
            self.timer.start()
            self.running = True

    def halt(self):
        self.timer.cancel()
        self.running = False


beat = Heartbeat()
beat.skip(5)
rep = Repeater(0.05, lambda: None)
time.sleep(0.2)
rep.halt()
