"""Each reader thread counts itself in with `readers = readers + 1` under the lock and later sets the count back to 0 without it; the other readers run the same function, so the reset can fall between another's read and write (positive: GIL001 on the reset)."""
import threading
import time

readers = 0
count_lock = threading.Lock()


def reader(n):
    global readers
    count_lock.acquire()
    readers = readers + 1
    count_lock.release()
    time.sleep(0.01)
    print("reader", n, "done")
    readers = 0  # expect: GIL001


threads = [threading.Thread(target=reader, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
