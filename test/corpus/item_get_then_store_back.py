"""A per-key hit counter: the count is read with .get() into a local, the thread waits, and the local plus one is stored back (positive: shape 1 on a dict item)."""
import time
from concurrent.futures import ThreadPoolExecutor

hits = {}


def record(page):
    seen = hits.get(page, 0)
    time.sleep(0.001)  # render the page
    hits[page] = seen + 1  # expect: GIL001


with ThreadPoolExecutor(max_workers=4) as pool:
    for _ in range(20):
        pool.submit(record, "/index")
