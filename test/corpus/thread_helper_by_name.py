"""A helper from another module named for starting a thread (`spawn_thread(fn)`): what it is handed runs on a thread (positive)."""
import time

from .util import spawn_thread


class Uplink:
    def __init__(self):
        self.frames_sent = 0
        self.pump = None

    def connect(self):
        self.pump = spawn_thread(self._beat)

    def send(self, frame):
        print(frame)
        self.frames_sent += 1

    def _beat(self):
        while True:
            self.frames_sent += 1  # expect: GIL001
            time.sleep(1)


if __name__ == "__main__":
    link = Uplink()
    link.connect()
    for n in range(3):
        link.send(n)
