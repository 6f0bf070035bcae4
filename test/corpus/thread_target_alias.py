"""A thread target reached through a name that holds the function (positive)."""
import threading
from concurrent.futures import ThreadPoolExecutor

visits = 0
totals = {"sum": 0}


def visit():
    global visits
    visits += 1  # expect: GIL001


def add(n):
    totals["sum"] += n  # expect: GIL001


chosen = visit
for _ in range(4):
    threading.Thread(target=chosen).start()


def run_pool():
    job = add
    with ThreadPoolExecutor(max_workers=4) as pool:
        for n in range(10):
            pool.submit(job, n)


if __name__ == "__main__":
    run_pool()
