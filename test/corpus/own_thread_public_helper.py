"""A library's spinner whose own thread calls its public frame(): nothing in the module calls it on
the object but the spinner itself, so it runs on that thread and its counter is the thread's alone
(negative). A ticker whose tick() the module also calls on its object from outside races its thread
(positive)."""
import threading
import time


class Spinner:
    frames = "|/-\\"

    def __init__(self):
        self._index = 0
        self._stop = threading.Event()
        self._thread = None

    def frame(self):
        shown = self.frames[self._index]
        self._index = (self._index + 1) % len(self.frames)
        return shown

    def _render(self):
        while not self._stop.wait(0.1):
            print(self.frame(), end="\r")

    def start(self):
        self._thread = threading.Thread(target=self._render, daemon=True)
        self._thread.start()

    def stop(self):
        self._stop.set()
        self._thread.join()


class Ticker:
    def __init__(self):
        self.count = 0
        self._thread = threading.Thread(target=self._run, daemon=True)

    def tick(self):
        self.count += 1  # expect: GIL001

    def _run(self):
        while True:
            self.tick()
            time.sleep(0.01)

    def start(self):
        self._thread.start()


def demo():
    ticker = Ticker()
    ticker.start()
    for _ in range(100):
        ticker.tick()
