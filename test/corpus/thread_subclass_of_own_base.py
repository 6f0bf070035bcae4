"""Thread subclasses built on the module's own Thread subclass, or on an imported one named for a thread: their run() is thread code (positive: GIL001 twice)."""
import threading

from workers import StoppableThread

done = 0
fetched = 0


class Base(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.halted = threading.Event()

    def halt(self):
        self.halted.set()


class Counter(Base):
    def run(self):
        global done
        done += 1  # expect: GIL001


class Fetcher(StoppableThread):
    def run(self):
        global fetched
        fetched += 1  # expect: GIL001


for _ in range(3):
    Counter().start()
    Fetcher().start()
