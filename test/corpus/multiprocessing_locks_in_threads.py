"""multiprocessing's locks and a Value's own lock exclude threads as well as processes (negative)."""
import multiprocessing
import threading
from multiprocessing import RLock

hits = multiprocessing.Value("i", 0)
cache = {}
cache_lock = multiprocessing.Lock()
total = 0
total_lock = RLock()


def visit(page):
    with hits.get_lock():
        hits.value += 1
    guard = hits.get_lock()
    with guard:
        hits.value += 1
    with cache_lock:
        if page not in cache:
            cache[page] = len(page)
    global total
    with total_lock:
        total += 1


workers = [threading.Thread(target=visit, args=(p,)) for p in ("a", "b", "a", "c")]
for w in workers:
    w.start()
for w in workers:
    w.join()
