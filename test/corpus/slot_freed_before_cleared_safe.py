"""A ring buffer whose consumer clears a slot through a helper and only then says it is free (negative)."""
import threading

SLOTS = 4
ring = [None] * SLOTS
filled = threading.Semaphore(0)
free = threading.Semaphore(SLOTS)


def put_at(ring, index, item):
    ring[index] = item


def clear_at(ring, index):
    ring[index] = None


def producer(count):
    index = 0
    for item in range(count):
        free.acquire()
        put_at(ring, index, item)
        filled.release()
        index = (index + 1) % SLOTS


def consumer(count):
    index = 0
    for _ in range(count):
        filled.acquire()
        item = ring[index]
        clear_at(ring, index)
        free.release()
        print("took", item)
        index = (index + 1) % SLOTS


if __name__ == "__main__":
    workers = [threading.Thread(target=producer, args=(50,)), threading.Thread(target=consumer, args=(50,))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
