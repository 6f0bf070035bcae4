"""A task handed once to a pool while the same function's state is also changed by tasks handed in a loop (positive: GIL001 once)."""
from concurrent.futures import ThreadPoolExecutor

progress = {"done": 0}


def step(n):
    progress["done"] += n  # expect: GIL001


with ThreadPoolExecutor(max_workers=4) as pool:
    pool.submit(step, 1)
    for k in range(8):
        pool.submit(step, k)
