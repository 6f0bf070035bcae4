"""Qt's worker object moved to a QThread and told what to do only through signals and a lock (negative)."""
import threading
import time

from PyQt5.QtCore import QObject, QThread, pyqtSignal
from PyQt5.QtWidgets import QWidget


class Sampler(QObject):
    sampled = pyqtSignal(int)

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()
        self.running = True
        self.samples = 0

    def run(self):
        while self.running:
            with self.lock:
                self.samples += 1
                count = self.samples
            self.sampled.emit(count)
            time.sleep(0.1)

    def stop(self):
        self.running = False
        with self.lock:
            self.samples = 0


class Window(QWidget):
    def __init__(self):
        super().__init__()
        self.thread = QThread()
        self.sampler = Sampler()
        self.sampler.moveToThread(self.thread)
        self.thread.started.connect(self.sampler.run)
        self.sampler.sampled.connect(self.show_count)
        self.thread.start()

    def show_count(self, count):
        self.setWindowTitle(f"{count} samples")

    def closeEvent(self, event):
        self.sampler.stop()
        self.thread.quit()
        self.thread.wait()
