"""A Thread subclass another class makes and drives, safely: the colour read once into a local and
tested there; the counter kept under the object's own lock, which guards it from the manager's calls
(one lock per object is enough: each object's state is its own); items of a dict the object makes for
itself, under that lock on both sides."""
import threading
import time


class GlowEffect(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self._colour = (0, 255, 0)
        self.frames = 0
        self.deadlines = {}
        self._lock = threading.Lock()

    def enable(self, colour, key):
        self._colour = None if None in colour else colour
        with self._lock:
            self.frames = 0
            self.deadlines[key] = time.monotonic() + 5

    def run(self):
        while True:
            colour = self._colour
            if colour is None:
                colour = (255, 255, 255)
            print(colour[0])
            with self._lock:
                self.frames += 1
                for key, deadline in self.deadlines.items():
                    if deadline and time.monotonic() > deadline:
                        self.deadlines[key] = None
            time.sleep(0.05)


class Keyboard:
    def __init__(self):
        self._effect = GlowEffect()
        self._effect.start()

    def notify(self, message):
        self._effect.enable(message[3:6], message[0])
