"""The same lift, where a rider who finds it full lets the lock go and leaves at once; a rider who stays steps in still holding the lock, and lets it go after (negative)."""
import threading
import time

CAPACITY = 4
cabin = []
cabin_lock = threading.Lock()


def ride(name):
    cabin_lock.acquire()
    if len(cabin) >= CAPACITY:
        cabin_lock.release()
        print(name, "waits for the next lift")
        return
    time.sleep(0.001)
    cabin.append(name)
    cabin_lock.release()


riders = [threading.Thread(target=ride, args=(f"rider {n}",)) for n in range(8)]
for r in riders:
    r.start()
for r in riders:
    r.join()
print(len(cabin), "in the cabin")
