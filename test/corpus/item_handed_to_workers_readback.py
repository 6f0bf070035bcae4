"""A back-off table one checker hands every worker thread it makes; a worker reads a host's entry, doubles it (clamped) and stores it back (positive: GIL001)."""
import threading
import time
from collections import namedtuple

Backoff = namedtuple("Backoff", "delay until")


class Prober:
    def __init__(self, hosts, workers=4):
        self.hosts = hosts
        self.backoffs = {}
        self.workers = workers

    def start(self):
        for _ in range(self.workers):
            ProbeWorker(self.hosts, self.backoffs).start()


class ProbeWorker(threading.Thread):
    def __init__(self, hosts, backoffs):
        super().__init__(daemon=True)
        self.hosts = hosts
        self.backoffs = backoffs

    def run(self):
        for host in self.hosts:
            self.slow_down(host)

    def slow_down(self, host, ceiling=60.0):
        try:
            last = self.backoffs[host]
        except KeyError:
            delay = 1.0
        else:
            previous = last.delay
            delay = previous * 2
            if delay > ceiling:
                delay = ceiling
        self.backoffs[host] = Backoff(delay, time.time() + delay)  # expect: GIL001
