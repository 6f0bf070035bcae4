"""Qt threads that keep their state in their own object, and a QRunnable that locks the shared count (negative)."""
import threading

from PyQt5.QtCore import QRunnable, QThread, QThreadPool

made = {"n": 0}
made_lock = threading.Lock()


class Grabber(QThread):
    def __init__(self):
        super().__init__()
        self.frames = 0

    def run(self):
        for _ in range(100):
            self.frames += 1


class Thumbnail(QRunnable):
    def run(self):
        with made_lock:
            made["n"] += 1


grabbers = [Grabber(), Grabber()]
for g in grabbers:
    g.start()
QThreadPool.globalInstance().start(Thumbnail())
