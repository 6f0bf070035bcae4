"""A download manager's pool workers drop failed jobs from a dict while the window sums their progress in a generator (positive: GIL004 once)."""
import random
from concurrent.futures import ThreadPoolExecutor


class Downloads:
    def __init__(self):
        self.pool = ThreadPoolExecutor(max_workers=4)
        self.jobs = {}
        self.next_id = 0

    def add(self, url):
        job_id = self.next_id
        self.jobs[job_id] = {"url": url, "done": 0.0}
        self.pool.submit(self._fetch, job_id)
        self.next_id += 1

    def _fetch(self, job_id):
        if random.random() < 0.2:
            self._fail(job_id)
            return
        self.jobs[job_id]["done"] = 1.0

    def _fail(self, job_id):
        self.jobs.pop(job_id)

    def progress(self):
        if not self.jobs:
            return 1.0
        return sum(job["done"] for job in self.jobs.values()) / len(self.jobs)  # expect: GIL004


manager = Downloads()
for n in range(8):
    manager.add(f"https://example.org/{n}")
print(manager.progress())
