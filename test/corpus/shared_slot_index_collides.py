"""Threads handed an index from a list that can repeat, or that also update their neighbour's slot: the same slot can be updated by two threads (positive: GIL001 twice)."""
import threading

buckets = [0] * 4


def add_to(bucket, n):
    buckets[bucket] += n  # expect: GIL001


def add_next(k):
    buckets[k] += 1
    buckets[k + 1] += 1  # expect: GIL001


for b in [0, 1, 1, 2]:
    threading.Thread(target=add_to, args=(b, 5)).start()
for k in range(3):
    threading.Thread(target=add_next, args=(k,)).start()
