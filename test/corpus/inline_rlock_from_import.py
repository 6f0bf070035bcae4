"""The same mistake with `from threading import RLock` (positive GIL002 and GIL001)."""
from threading import RLock, Thread

queue_depth = 0


def enqueue(item):
    global queue_depth
    with RLock():  # expect: GIL002
        queue_depth += 1  # expect: GIL001
    return item


workers = [Thread(target=enqueue, args=(i,)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
