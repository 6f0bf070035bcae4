"""A Qt download counter shared by worker threads: finished() counts under the object's QMutex, held
through QMutexLocker, but failed() counts without it. Each method is meant for several threads (the
class takes its mutex), so a failure counted while another thread counts a finish can be lost."""
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
        self.errors += 1  # expect: GIL001
        with QMutexLocker(self.mutex):
            self.done += 1
