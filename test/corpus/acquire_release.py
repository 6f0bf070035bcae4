"""Explicit acquire()/release() around the update (negative)."""
import threading

events = 0
mutex = threading.Lock()


def record(n):
    global events
    for _ in range(n):
        mutex.acquire()
        events += 1
        mutex.release()


threads = [threading.Thread(target=record, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
