"""Timer handles that the callback uses on the timer's own thread while a method called from elsewhere replaces them,
with no lock anywhere (positive: GIL001 twice). A porch light that a motion event turns on: the Timer's `turn_off()`
cancels `self.timer`, which a new motion may just have replaced, so the new Timer is cancelled and the light stays on;
and a typing-pause notifier whose callback sets its handle to None, dropping a Timer made while it was at work."""
import threading


class PorchLight:
    def __init__(self, seconds=30):
        self.seconds = seconds
        self.on = False
        self.timer = None

    def motion(self):
        if self.on:
            return
        self.on = True
        self.timer = threading.Timer(self.seconds, self.turn_off)
        self.timer.start()

    def turn_off(self):
        if not self.on:
            return
        self.on = False
        self.timer.cancel()  # expect: GIL001


class PauseNotifier:
    def __init__(self, notify, pause=1.0):
        self.notify = notify
        self.pause = pause
        self.waiting = None

    def key_typed(self):
        if self.waiting is not None:
            self.waiting.cancel()
        self.waiting = threading.Timer(self.pause, self._paused)
        self.waiting.start()

    def _paused(self):
        self.notify("paused")
        self.waiting = None  # expect: GIL001
