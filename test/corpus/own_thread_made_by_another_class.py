"""A Thread subclass that another class makes and drives through an attribute (`self._effect =
Effect()`, `self._effect.enable(…)`): however many are made, each object has one thread of its own,
and the manager's calls change what that thread reads. The thread tests the colour, then reads it
again into a local; a call setting it to None can come in between (positive), and a counter both
sides update (positive)."""
import threading
import time


class GlowEffect(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self._colour = (0, 255, 0)
        self.frames = 0

    def enable(self, colour):
        if None in colour:
            self._colour = None
        else:
            self._colour = colour
        self.frames = 0

    def run(self):
        while True:
            colour = (255, 255, 255)
            if self._colour is not None:  # expect: GIL004
                colour = self._colour
            print(colour[0])
            self.frames += 1  # expect: GIL001
            time.sleep(0.05)


class Keyboard:
    def __init__(self):
        self._effect = GlowEffect()
        self._effect.start()

    def notify(self, message):
        self._effect.enable(message[3:6])
