"""The module's set of claimed jobs reaches the helper as a parameter; two threads can both claim one (positive: GIL004)."""
import threading

claimed = set()
LIMIT = 50


def process(job):
    return job * 2


def claim(jobs, job):
    if job not in jobs and len(jobs) < LIMIT:  # expect: GIL004
        jobs.add(job)
        process(job)


def worker(first):
    for job in range(first, first + 20):
        claim(claimed, job)


threads = [threading.Thread(target=worker, args=(n,)) for n in (0, 10, 20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
