"""A signal queue's own thread calls the handler it was given under the object's lock; its start and stop are its owner's (negative).

The lock serialises the handler's calls with code elsewhere that takes it; it guards no attribute, so it
does not make start() a method for several threads.
"""
import queue
import threading


class SignalQueue:
    def __init__(self, handle):
        self.items = queue.SimpleQueue()
        self.handle = handle
        self.worker = None
        self.lock = threading.RLock()

    def put(self, item):
        self.items.put(item)

    def start(self):
        if not self.worker:
            self.worker = threading.Thread(target=self.run, daemon=True)
            self.worker.start()

    def stop(self):
        if self.worker:
            self.items.put(None)
            self.worker.join()
            self.worker = None

    def run(self):
        while True:
            item = self.items.get()
            if item is None:
                break
            with self.lock:
                self.handle(*item)
