"""The gauge registry done right: registering holds the registry's lock, and the reporter hands the
pool a copy taken under that lock, so the pool goes through a list nobody changes."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class GaugeRegistry(threading.Thread):
    def __init__(self, sink, period=10.0):
        super().__init__(daemon=True)
        self.sink = sink
        self.period = period
        self.lock = threading.Lock()
        self.gauges = {}

    def register(self, name, gauge):
        with self.lock:
            self.gauges[name] = gauge

    def flush(self):
        with self.lock:
            gauges = list(self.gauges.values())
        with ThreadPoolExecutor(max_workers=2) as pool:
            pool.map(self.sink.send, gauges)

    def run(self):
        while True:
            time.sleep(self.period)
            self.flush()
