"""The same worker with its counts under one lock (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Worker:
    def __init__(self):
        self.pool = self.make_pool()
        self.lock = threading.Lock()
        self.in_flight = 0
        self.handled = 0

    def make_pool(self):
        return ThreadPoolExecutor(max_workers=4)

    def handle(self, request):
        with self.lock:
            self.handled += 1
        return request

    def done(self, future):
        with self.lock:
            self.in_flight -= 1

    def accept(self, request):
        with self.lock:
            self.in_flight += 1
        future = self.pool.submit(self.handle, request)
        future.add_done_callback(self.done)
