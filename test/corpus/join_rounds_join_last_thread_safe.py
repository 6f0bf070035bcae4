"""Counted join loops that wait for what they should: the workers kept in a list and joined by index, and one thread started once and joined in a counted retry loop (negative: no findings)."""
import threading

WORKERS = 4
numbers = list(range(1_000))
parts = [0] * WORKERS


def add_slice(k):
    step = len(numbers) // WORKERS
    parts[k] = sum(numbers[k * step:(k + 1) * step])


def parallel_sum():
    workers = []
    for k in range(WORKERS):
        w = threading.Thread(target=add_slice, args=(k,))
        w.start()
        workers.append(w)
    for k in range(WORKERS):
        workers[k].join()
    return sum(parts)


def checked_sum():
    single = threading.Thread(target=add_slice, args=(0,))
    single.start()
    for _ in range(3):
        single.join(timeout=1.0)
    return parts[0]


print(parallel_sum(), checked_sum())
