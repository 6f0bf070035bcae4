"""Back-off tables with workers: one table per worker, or one shared table updated under a lock the checker hands them too (negative)."""
import threading
import time
from collections import namedtuple

Backoff = namedtuple("Backoff", "delay until")


class Prober:
    def __init__(self, hosts, workers=4):
        self.hosts = hosts
        self.backoffs = {}
        self.lock = threading.Lock()
        self.workers = workers

    def start_own_tables(self):
        for _ in range(self.workers):
            ProbeWorker(self.hosts, {}, threading.Lock()).start()

    def start_shared_table(self):
        for _ in range(self.workers):
            ProbeWorker(self.hosts, self.backoffs, self.lock).start()


class ProbeWorker(threading.Thread):
    def __init__(self, hosts, backoffs, lock):
        super().__init__(daemon=True)
        self.hosts = hosts
        self.backoffs = backoffs
        self.lock = lock

    def run(self):
        for host in self.hosts:
            self.slow_down(host)
            self.fresh_delay(host)

    def slow_down(self, host, ceiling=60.0):
        with self.lock:
            try:
                last = self.backoffs[host]
            except KeyError:
                delay = 1.0
            else:
                delay = last.delay * 2
                if delay > ceiling:
                    delay = ceiling
            self.backoffs[host] = Backoff(delay, time.time() + delay)

    def fresh_delay(self, host):
        # Read, then replaced with a value that does not come from it.
        last = self.backoffs.get(host)
        if last is None:
            last = Backoff(1.0, 0)
        last = Backoff(0.5, time.time())
        self.backoffs[host] = last
