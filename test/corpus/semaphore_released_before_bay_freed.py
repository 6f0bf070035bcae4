"""A car wash with a few bays: each car's thread waits on a BoundedSemaphore made in open_wash(), takes
a free bay under a lock, and on leaving gives the semaphore back before it marks its bay free. A car
woken by that release can scan the bays before the mark lands, find none free, and drive into bay
None."""
import random
import threading
import time


def open_wash(n):
    global bays, bay_lock, entry
    bays = [None] * n
    bay_lock = threading.Lock()
    entry = threading.BoundedSemaphore(n)


def wash(car):
    entry.acquire()
    # a bay must be free now: find it
    bay = None
    with bay_lock:
        for i in range(len(bays)):
            if bays[i] is None:
                bays[i] = car
                bay = i
                break
    time.sleep(random.random())
    entry.release()  # expect: GIL004
    bays[bay] = None


if __name__ == "__main__":
    open_wash(3)
    cars = [threading.Thread(target=wash, args=(n,)) for n in range(10)]
    for c in cars:
        c.start()
    for c in cars:
        c.join()
