"""Qt threads: a QThread subclass started twice and QRunnables on a QThreadPool share module state (positive: GIL001 twice)."""
from PyQt5.QtCore import QRunnable, QThread, QThreadPool

frames_seen = 0
thumbnails = {"made": 0}


class Grabber(QThread):
    def run(self):
        global frames_seen
        for _ in range(100):
            frames_seen += 1  # expect: GIL001


class Thumbnail(QRunnable):
    def __init__(self, path):
        super().__init__()
        self.path = path

    def run(self):
        thumbnails["made"] += 1  # expect: GIL001


grabbers = [Grabber(), Grabber()]
for g in grabbers:
    g.start()
pool = QThreadPool.globalInstance()
for path in ["a.png", "b.png"]:
    pool.start(Thumbnail(path))
