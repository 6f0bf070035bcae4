"""Callbacks of executor futures run on the threads that finish them, or at once on the caller's (positive)."""
from concurrent.futures import ThreadPoolExecutor, as_completed
from functools import partial

finished = 0


def count_done(future):
    global finished
    finished += 1  # expect: GIL001


def tally(totals, future):
    if future.exception() is None:
        totals["ok"] += 1  # expect: GIL001
    else:
        totals["failed"] += 1  # expect: GIL001


def fetch(n):
    return n * n


def main():
    totals = {"ok": 0, "failed": 0}
    on_done = partial(tally, totals)
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(fetch, n) for n in range(50)]
        for fut in futures:
            fut.add_done_callback(on_done)
        for n in range(50):
            pool.submit(fetch, n).add_done_callback(count_done)
        for fut in as_completed(futures):
            fut.result()
    return totals


if __name__ == "__main__":
    print(main(), finished)
