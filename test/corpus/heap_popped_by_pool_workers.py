"""Pool workers each test a module-level heap of jobs and pop the cheapest one (positive)."""
from concurrent.futures import ThreadPoolExecutor
from heapq import heappop, heappush

jobs = []
for cost, name in [(3, "resize"), (1, "thumb"), (2, "upload")]:
    heappush(jobs, (cost, name))


def take_next(worker):
    if jobs:  # expect: GIL004
        cost, name = heappop(jobs)
        return f"{worker}: {name} ({cost})"
    return f"{worker}: idle"


with ThreadPoolExecutor(max_workers=3) as pool:
    for line in pool.map(take_next, range(3)):
        print(line)
