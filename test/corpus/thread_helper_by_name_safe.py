"""A helper named for starting a thread, with state only its thread changes (negative)."""
import time

from .util import spawn_thread


class Blinker:
    def __init__(self):
        self.blinks = 0

    def start(self):
        spawn_thread(self._blink)

    def _blink(self):
        while True:
            self.blinks += 1
            time.sleep(0.5)


if __name__ == "__main__":
    Blinker().start()
