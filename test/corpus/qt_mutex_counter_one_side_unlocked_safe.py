"""The same Qt download counter with every count under the QMutex: QMutexLocker holds it for the
`with` block in both methods."""
from PyQt5.QtCore import QMutex, QMutexLocker


class DownloadTally:
    def __init__(self):
        self.mutex = QMutex()
        self.done = 0
        self.errors = 0

    def finished(self):
        with QMutexLocker(self.mutex):
            self.done += 1

    def failed(self):
        with QMutexLocker(self.mutex):
            self.errors += 1
            self.done += 1
