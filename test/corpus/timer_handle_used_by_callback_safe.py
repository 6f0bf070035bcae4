"""Timer handles used by their callbacks safely (negative): the callback clears the handle only while it is still its
own Timer; a Timer armed once in `__init__` whose callback clears it; and a light whose motion and switch-off hold one
lock over the test, the replace and the cancel."""
import threading


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
        if self.waiting is threading.current_thread():
            self.waiting = None


class OneShot:
    def __init__(self, action, seconds):
        self.action = action
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.start()

    def _fire(self):
        self.action()
        self.timer = None


class PorchLight:
    def __init__(self, seconds=30):
        self.seconds = seconds
        self.on = False
        self.timer = None
        self.lock = threading.Lock()

    def motion(self):
        with self.lock:
            if self.on:
                return
            self.on = True
            self.timer = threading.Timer(self.seconds, self.turn_off)
            self.timer.start()

    def turn_off(self):
        with self.lock:
            if not self.on:
                return
            self.on = False
            self.timer.cancel()
