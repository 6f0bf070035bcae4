"""Threads started in __init__ before an attribute is set, whose code reaches it only after waiting:
for a wake-up event with a long interval, or for a queue that only the finished object's callers fill
(negative)."""
import queue
import threading


class BatchSender:
    def __init__(self, transport, interval=5.0):
        self._transport = transport
        self._interval = interval
        self._pending = []
        self._wake = threading.Event()
        self._worker = threading.Thread(target=self._loop, daemon=True)
        self._worker.start()
        self._stats = {"sent": 0}

    def _loop(self):
        while True:
            self._wake.wait(self._interval)
            self._flush()
            self._wake.clear()

    def _flush(self):
        batch, self._pending = self._pending, []
        if batch:
            self._transport(batch)
            self._stats["sent"] += len(batch)


class Notifier:
    def __init__(self, key_file):
        self.inbox = queue.Queue()
        self.worker = threading.Thread(target=self._deliver_all, daemon=True)
        self.worker.start()
        self.signer = open(key_file, "rb").read()

    def notify(self, message):
        self.inbox.put(message)

    def _deliver_all(self):
        while True:
            message = self.inbox.get()
            self._deliver(message)

    def _deliver(self, message):
        print(self.signer[:4], message)
