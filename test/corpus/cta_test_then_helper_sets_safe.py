"""The test and the helper's store under one lock, a helper that tests again under its lock, and one that does not store what was tested (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Client:
    def __init__(self):
        self._conn = None
        self._lock = threading.RLock()
        self.sent = []

    def _connect(self):
        self._conn = object()

    def start(self):
        with self._lock:
            if self._conn is None:
                self._conn = object()

    def send_started(self, payload):
        if self._conn is None:
            self.start()
        return payload

    def _log(self, payload):
        print("sending", payload)

    def send(self, payload):
        with self._lock:
            if self._conn is None:
                self._connect()
        if self._conn is not None:
            self._log(payload)
        return payload


client = Client()
with ThreadPoolExecutor(max_workers=4) as pool:
    for n in range(8):
        pool.submit(client.send, n)
        pool.submit(client.send_started, n)
