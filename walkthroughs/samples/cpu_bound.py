"""CPU-bound work: a pure-Python loop that never waits for anything.

Click "Serial vs threaded" above cpu_bound() (or the walkthrough's button). GIL Lab calls it N times
one after another, then on N threads at once, then in N processes, and shows what each took.
Run this file directly to time it the way the lesson does: `python cpu_bound.py`.
"""
import threading
import time

ROUNDS = 3_000_000  # about 0.1-0.3 s per call on a current CPython


def cpu_bound():
    count = 0
    for i in range(ROUNDS):
        count += i % 7
    return count


if __name__ == "__main__":
    start = time.perf_counter()
    cpu_bound()
    cpu_bound()
    print(f"serial, 2 calls:    {time.perf_counter() - start:.2f} s")

    start = time.perf_counter()
    threads = [threading.Thread(target=cpu_bound) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"2 threads, 2 calls: {time.perf_counter() - start:.2f} s")
