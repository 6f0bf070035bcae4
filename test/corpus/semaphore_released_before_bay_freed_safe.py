"""The same car wash, leaving in the right order: a car marks its bay free under the lock and only
then gives the semaphore back, so a car it wakes always finds a free bay."""
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
    with bay_lock:
        bays[bay] = None
    entry.release()


if __name__ == "__main__":
    open_wash(3)
    cars = [threading.Thread(target=wash, args=(n,)) for n in range(10)]
    for c in cars:
        c.start()
    for c in cars:
        c.join()
