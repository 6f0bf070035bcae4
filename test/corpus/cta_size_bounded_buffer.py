"""A bounded buffer without a lock: producers test for room, consumers test for an item, then act (positive: GIL004 twice)."""
import random
import threading
import time

CAPACITY = 5
buffer = []


def producer(n):
    for i in range(n):
        if len(buffer) < CAPACITY:  # expect: GIL004
            time.sleep(random.random() / 100)
            buffer.append(i)


def consumer(n):
    for _ in range(n):
        if buffer:  # expect: GIL004
            time.sleep(random.random() / 100)
            buffer.pop(0)


workers = [threading.Thread(target=producer, args=(20,)) for _ in range(3)]
workers += [threading.Thread(target=consumer, args=(20,)) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
