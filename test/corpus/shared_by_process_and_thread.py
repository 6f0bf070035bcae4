"""A helper reached from a process pool and from a thread: the thread path races (positive)."""
import threading
from concurrent.futures import ProcessPoolExecutor

cache_hits = 0


def lookup(key):
    global cache_hits
    cache_hits += 1  # expect: GIL001
    return key * 2


def process_side(keys):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(lookup, keys))


def thread_side(keys):
    threads = [threading.Thread(target=lookup, args=(k,)) for k in keys]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
