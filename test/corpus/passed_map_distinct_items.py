"""pool.map hands each call a different item (negative: shape 2)."""
from concurrent.futures import ThreadPoolExecutor


class Job:
    def __init__(self):
        self.tries = 0


def attempt(job):
    job.tries += 1


jobs = [Job() for _ in range(5)]
with ThreadPoolExecutor() as pool:
    list(pool.map(attempt, jobs))
