"""Semaphore(1) and BoundedSemaphore() exclude like a lock (negative)."""
import threading

slots = 0
sem = threading.Semaphore(1)
bsem = threading.BoundedSemaphore()
tickets = {"sold": 0}


def sell(n):
    global slots
    for _ in range(n):
        with sem:
            slots += 1
        with bsem:
            tickets["sold"] += 1


def main():
    threads = [threading.Thread(target=sell, args=(100,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
