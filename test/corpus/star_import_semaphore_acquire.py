"""`from threading import *`, and a Semaphore(2) taken with acquire()/release(): two threads get in at once (positive)."""
from threading import *

seats = 10
gate = Semaphore(2)


def reserve(n):
    global seats
    gate.acquire()  # expect: GIL003
    try:
        if seats >= n:
            seats -= n  # expect: GIL001
    finally:
        gate.release()


for _ in range(4):
    Thread(target=reserve, args=(1,)).start()
