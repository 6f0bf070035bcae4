"""A repeating timer whose Timer is made over several lines with keyword arguments (`function=self._fire`): the callback re-arms it on the timer's thread while stop() cancels it from the main thread (positive: GIL001)."""
import threading
import time


class Every:
    def __init__(self, seconds, action):
        self._seconds = seconds
        self._action = action
        self._timer = None

    def _fire(self):
        self._action()
        self.begin()

    def begin(self):
        self._timer = threading.Timer(  # expect: GIL001
            interval=self._seconds,
            function=self._fire,
        )
        self._timer.start()

    def stop(self):
        self._timer.cancel()


ticker = Every(0.1, lambda: print("tick"))
ticker.begin()
time.sleep(1)
ticker.stop()
