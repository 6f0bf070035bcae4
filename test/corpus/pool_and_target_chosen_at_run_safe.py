"""The pool class and the worker picked through variables; every worker choice holds a lock made for threads or processes (negative)."""
import multiprocessing
import sys
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial

total = 0


def add_locked(guard, n):
    global total
    with guard:
        total += n


def add_locked_twice(guard, n):
    global total
    with guard:
        total += 2 * n


if __name__ == "__main__":
    use_processes = "--processes" in sys.argv
    pool_class = ProcessPoolExecutor if use_processes else ThreadPoolExecutor
    guard = multiprocessing.Lock() if use_processes else threading.Lock()
    job = partial(add_locked, guard)
    if "--double" in sys.argv:
        job = partial(add_locked_twice, guard)
    with pool_class(max_workers=4) as pool:
        list(pool.map(job, range(100)))
