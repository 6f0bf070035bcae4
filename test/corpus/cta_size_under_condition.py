"""The same bounded buffer with a Condition held over each test and change (negative)."""
import threading

CAPACITY = 5
buffer = []
changed = threading.Condition()


def producer(n):
    for i in range(n):
        with changed:
            while len(buffer) >= CAPACITY:
                changed.wait()
            buffer.append(i)
            changed.notify_all()


def consumer(n):
    for _ in range(n):
        with changed:
            while not buffer:
                changed.wait()
            buffer.pop(0)
            changed.notify_all()


workers = [threading.Thread(target=producer, args=(10,)) for _ in range(2)]
workers += [threading.Thread(target=consumer, args=(10,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
