"""A bounded buffer counted by two semaphores: the producer takes a free place from `places = Semaphore(SIZE)` and the consumer gives it back; neither takes the counting semaphore as a lock, and each index has one writer (negative: no GIL003, no findings)."""
import threading

SIZE = 4
places = threading.Semaphore(SIZE)
items = threading.Semaphore(0)
ring = [None] * SIZE
put_at = 0
take_at = 0


def produce(count):
    global put_at
    for n in range(count):
        places.acquire()
        ring[put_at] = n * n
        put_at = (put_at + 1) % SIZE
        items.release()


def consume(count):
    global take_at
    for _ in range(count):
        items.acquire()
        value = ring[take_at]
        take_at = (take_at + 1) % SIZE
        places.release()
        print("took", value)


maker = threading.Thread(target=produce, args=(12,))
taker = threading.Thread(target=consume, args=(12,))
maker.start()
taker.start()
maker.join()
taker.join()
