"""The batching log handler handing each batch to the pool as an argument, and a scanner that stores
its target in an attribute and then waits for its pool before it returns (negative)."""
import json
import logging
import urllib.request
from concurrent.futures import ThreadPoolExecutor


class BatchHandler(logging.Handler):
    def __init__(self, url, size=50):
        super().__init__()
        self.url = url
        self.size = size
        self.records = []
        self.pool = ThreadPoolExecutor(max_workers=4)

    def _send(self, batch):
        body = json.dumps({"records": batch}).encode()
        urllib.request.urlopen(self.url, data=body, timeout=5)

    def emit(self, record):
        self.records.append(self.format(record))
        if len(self.records) >= self.size:
            batch = list(self.records)
            self.records.clear()
            self.pool.submit(self._send, batch)


class Scanner:
    def __init__(self):
        self.prefix = None

    def probe(self, host):
        return f"{self.prefix}.{host}"

    def scan(self, prefix, hosts):
        self.prefix = prefix.strip()
        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(self.probe, h) for h in hosts]
        return [f.result() for f in futures]


scanner = Scanner()
for net in ("10.0.0", "10.0.1"):
    print(scanner.scan(net, range(4)))
