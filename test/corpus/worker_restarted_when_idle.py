"""A library uploader starts its worker only when none is alive (`if self.worker and
self.worker.is_alive(): return`), so one worker at a time drains the queue: its `while self.pending:
self.pending.pop(0)` cannot find the queue emptied under it, as callers only append (negative); so
does the indexer kicked from two of its methods. The count of files both the worker and the callers
update has no lock (positive)."""
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



class Indexer:
    """Kicked from two of its methods; its worker alone counts what it indexed (negative)."""

    def __init__(self):
        self.worker = None
        self.todo = []
        self.indexed = 0

    def add(self, doc):
        self.todo.append(doc)
        self._kick()

    def refresh(self, docs):
        self.todo.extend(docs)
        self._kick()

    def _busy(self):
        return self.worker is not None and self.worker.is_alive()

    def _kick(self):
        if self._busy():
            return
        self.worker = threading.Thread(target=self._index)
        self.worker.start()

    def _index(self):
        while self.todo:
            self.todo.pop(0)
            self.indexed += 1
