"""A worker whose pool comes from a factory method, and whose done callback gives back a slot the submitting thread took (positive: GIL001 twice)."""
from concurrent.futures import ThreadPoolExecutor


class Worker:
    def __init__(self):
        self.pool = self.make_pool()
        self.in_flight = 0
        self.handled = 0

    def make_pool(self):
        return ThreadPoolExecutor(max_workers=4)

    def handle(self, request):
        self.handled += 1  # expect: GIL001
        return request

    def done(self, future):
        self.in_flight -= 1  # expect: GIL001

    def accept(self, request):
        self.in_flight += 1
        future = self.pool.submit(self.handle, request)
        future.add_done_callback(self.done)
