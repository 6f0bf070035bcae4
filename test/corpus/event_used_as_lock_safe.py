"""An Event used as a signal, and a busy test taken with the lock in one step (negative)."""
import threading
import time

oven_lock = threading.Lock()
door_open = threading.Event()


def bake(batch):
    if oven_lock.acquire(blocking=False):
        try:
            time.sleep(0.1)
            print("baked", batch)
        finally:
            oven_lock.release()


def customer(name):
    if not door_open.is_set():
        door_open.wait()
    print(name, "comes in")


for i in range(4):
    threading.Thread(target=bake, args=(i,)).start()
    threading.Thread(target=customer, args=(f"c{i}",)).start()
door_open.set()
