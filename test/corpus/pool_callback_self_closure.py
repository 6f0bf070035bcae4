"""A batch object counts submitted jobs on self and counts them down in a callback defined inside the method (positive: the result thread and the caller's thread share self)."""
from multiprocessing.pool import ThreadPool


class Batch:
    def __init__(self):
        self.pool = ThreadPool(2)
        self.open_jobs = 0

    def add(self, job):
        def closed(_result):
            self.open_jobs -= 1  # expect: GIL001

        self.open_jobs += 1
        return self.pool.apply_async(job, callback=closed)
