"""The same pass with a lock over reading and taking the first plate: the Semaphore(0) still counts
plates, and the lock keeps the waiters apart (negative)."""
import threading
import time

plates_ready = threading.Semaphore(0)
pass_lock = threading.Lock()
pass_counter = []


def cook(n):
    time.sleep(0.01)
    with pass_lock:
        pass_counter.append(f"plate {n}")
    plates_ready.release()


def waiter(n):
    plates_ready.acquire()
    with pass_lock:
        print(f"waiter {n} serves", pass_counter[0])
        pass_counter.pop(0)


staff = [threading.Thread(target=cook, args=(n,)) for n in range(6)]
staff += [threading.Thread(target=waiter, args=(n,)) for n in range(6)]
for t in staff:
    t.start()
for t in staff:
    t.join()
