"""A log handler that batches records: emit() stores the full batch in an attribute and hands the
upload to a pool, whose task reads the attribute later. The next emit() can store the next batch
first, so one batch is uploaded twice and the other never."""
import json
import threading
import logging
import urllib.request
from concurrent.futures import ThreadPoolExecutor


class BatchHandler(logging.Handler):
    def __init__(self, url, size=50):
        super().__init__()
        self.url = url
        self.size = size
        self.records = []
        self.batch = None
        self.pool = ThreadPoolExecutor(max_workers=4)

    def _send(self):
        body = json.dumps({"records": self.batch}).encode()
        urllib.request.urlopen(self.url, data=body, timeout=5)

    def emit(self, record):
        self.records.append(self.format(record))
        if len(self.records) >= self.size:
            self.batch = list(self.records)  # expect: GIL001
            self.records.clear()
            self.pool.submit(self._send)


class Ticker:
    """Starts a thread per price that shows `self.price`, storing the next price in the same attribute
    before the last thread has shown its own."""

    def __init__(self):
        self.price = None

    def show(self):
        print("price", self.price)

    def replay(self, prices):
        for p in prices:
            self.price = round(p, 2)  # expect: GIL001
            threading.Thread(target=self.show).start()
