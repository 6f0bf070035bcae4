"""Qt's worker object moved to a QThread: its run() counts samples on that thread while the window's button adds to the count (positive: GIL001 once)."""
import time

from PyQt5.QtCore import QObject, QThread, pyqtSignal
from PyQt5.QtWidgets import QPushButton, QWidget


class Sampler(QObject):
    sampled = pyqtSignal(int)

    def __init__(self):
        super().__init__()
        self.running = True
        self.samples = 0

    def run(self):
        while self.running:
            self.samples += 1  # expect: GIL001
            self.sampled.emit(self.samples)
            time.sleep(0.1)

    def skip(self):
        self.samples += 10

    def stop(self):
        self.running = False


class Window(QWidget):
    def __init__(self):
        super().__init__()
        self.thread = QThread()
        self.sampler = Sampler()
        self.sampler.moveToThread(self.thread)
        self.thread.started.connect(self.sampler.run)
        self.button = QPushButton("Skip ten", self)
        self.button.clicked.connect(self.sampler.skip)
        self.thread.start()
