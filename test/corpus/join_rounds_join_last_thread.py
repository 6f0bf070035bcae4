"""A parallel sum that starts its workers in one loop, rebinding `w` each round, and then joins `w` once per worker in a counted loop: it waits for the last worker only, and adds up the parts while the others may still be writing theirs (positive: GIL006)."""
import threading

WORKERS = 4
numbers = list(range(1_000))
parts = [0] * WORKERS


def add_slice(k):
    step = len(numbers) // WORKERS
    parts[k] = sum(numbers[k * step:(k + 1) * step])


def parallel_sum():
    for k in range(WORKERS):
        w = threading.Thread(target=add_slice, args=(k,))
        w.start()
    for _ in range(WORKERS):
        w.join()  # expect: GIL006
    return sum(parts)


print(parallel_sum())
