"""Riders take the lock to look at the lift's cabin, but a rider who finds room lets the lock go inside the `if` and only then steps in: the room seen is no longer guarded, and two riders can take the last place (positive: GIL004 on the test)."""
import threading
import time

CAPACITY = 4
cabin = []
cabin_lock = threading.Lock()


def ride(name):
    cabin_lock.acquire()
    if len(cabin) < CAPACITY:  # expect: GIL004
        cabin_lock.release()
        time.sleep(0.001)
        cabin.append(name)
    else:
        cabin_lock.release()
        print(name, "waits for the next lift")


riders = [threading.Thread(target=ride, args=(f"rider {n}",)) for n in range(8)]
for r in riders:
    r.start()
for r in riders:
    r.join()
print(len(cabin), "in the cabin")
