"""A library uploader starts its worker only when none is alive (`if self.worker and self.worker.is_alive():
return`), so one worker at a time drains the queue: its `while self.pending: self.pending.pop(0)`
cannot find the queue emptied under it, as callers only append (negative). The count of files both
the worker and the callers update has no lock (positive)."""
import threading
import time


class Uploader:
    def __init__(self):
        self.worker = None
        self.pending = []
        self.files = 0

    def submit(self, path):
        self.pending.append(path)
        self.files += 1
        self.kick()

    def kick(self):
        if self.worker and self.worker.is_alive():
            return
        self.worker = threading.Thread(target=self.drain)
        self.worker.start()

    def drain(self):
        while self.pending:
            self.pending.pop(0)
            self.files -= 1  # expect: GIL001
            time.sleep(0.001)

