"""A ping sweeper resets its counters and only then opens the pool whose tasks count under the lock;
the `with` waits for every task before the sweep returns, so no task runs beside the reset
(negative). Its `clear()`, which may run while a sweep's tasks count, resets with no lock
(positive)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Sweeper:
    def __init__(self):
        self.lock = threading.Lock()
        self.alive = 0
        self.done = 0

    def ping(self, host):
        with self.lock:
            self.done += 1
            if host.endswith(".1"):
                self.alive += 1

    def sweep(self, hosts):
        self.done = 0
        self.alive = 0
        with ThreadPoolExecutor(max_workers=8) as pool:
            for host in hosts:
                pool.submit(self.ping, host)
        return self.alive, self.done

    def clear(self):
        self.alive = 0  # expect: GIL001
