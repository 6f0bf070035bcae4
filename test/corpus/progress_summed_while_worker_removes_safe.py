"""A download manager's pool workers drop failed jobs from a dict under a lock; the window copies the dict under that lock and sums the copy (negative)."""
import random
import threading
from concurrent.futures import ThreadPoolExecutor


class Downloads:
    def __init__(self):
        self.pool = ThreadPoolExecutor(max_workers=4)
        self.lock = threading.Lock()
        self.jobs = {}
        self.next_id = 0

    def add(self, url):
        with self.lock:
            job_id = self.next_id
            self.jobs[job_id] = {"url": url, "done": 0.0}
            self.next_id += 1
        self.pool.submit(self._fetch, job_id)

    def _fetch(self, job_id):
        if random.random() < 0.2:
            self._fail(job_id)
            return
        with self.lock:
            self.jobs[job_id]["done"] = 1.0

    def _fail(self, job_id):
        with self.lock:
            self.jobs.pop(job_id)

    def progress(self):
        with self.lock:
            jobs = list(self.jobs.values())
        if not jobs:
            return 1.0
        return sum(job["done"] for job in jobs) / len(jobs)


manager = Downloads()
for n in range(8):
    manager.add(f"https://example.org/{n}")
print(manager.progress())
