"""Mailboxes a thread empties safely: under the callers' lock, emptied before the work, a queue, a request flag (negative)."""
import queue
import threading
import time


class LockedPrinter(threading.Thread):
    def __init__(self, device):
        super().__init__(daemon=True)
        self.device = device
        self.lock = threading.Lock()
        self.job = None

    def run(self):
        while True:
            with self.lock:
                job, self.job = self.job, None
            if job is not None:
                self.device.write(job)
            time.sleep(0.005)

    def submit(self, job):
        with self.lock:
            self.job = job


class QueuedPrinter(threading.Thread):
    def __init__(self, device):
        super().__init__(daemon=True)
        self.device = device
        self.jobs = queue.Queue()

    def run(self):
        while True:
            self.device.write(self.jobs.get())

    def submit(self, job):
        self.jobs.put(job)


class Rescanner(threading.Thread):
    def __init__(self, index):
        super().__init__(daemon=True)
        self.index = index
        self.wanted = False

    def run(self):
        while True:
            if self.wanted:
                self.wanted = False
                self.index.rebuild()
            time.sleep(0.1)

    def request(self):
        self.wanted = True

