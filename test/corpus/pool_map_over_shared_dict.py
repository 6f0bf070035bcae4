"""A gauge registry with a reporter thread of its own: every period it hands each gauge to a small
pool with `executor.map`, straight from the registry dict, while the application registers new
gauges from its own threads. The pool's map goes through the dict in Python code, so a register in
between can stop it with RuntimeError."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class GaugeRegistry(threading.Thread):
    def __init__(self, sink, period=10.0):
        super().__init__(daemon=True)
        self.sink = sink
        self.period = period
        self.gauges = {}

    def register(self, name, gauge):
        self.gauges[name] = gauge

    def flush(self):
        with ThreadPoolExecutor(max_workers=2) as pool:
            pool.map(self.sink.send, self.gauges.values())  # expect: GIL004

    def run(self):
        while True:
            time.sleep(self.period)
            self.flush()
