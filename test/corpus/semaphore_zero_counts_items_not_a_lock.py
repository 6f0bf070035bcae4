"""A Semaphore(0) counts the plates on the pass: each cook releases it once, so two waiters can both
get through it at once. Both can read the same first plate and each pop one: a plate is served twice
and another never (positive)."""
import threading
import time

plates_ready = threading.Semaphore(0)
pass_counter = []


def cook(n):
    time.sleep(0.01)
    pass_counter.append(f"plate {n}")
    plates_ready.release()


def waiter(n):
    plates_ready.acquire()
    print(f"waiter {n} serves", pass_counter[0])  # expect: GIL004
    pass_counter.pop(0)


staff = [threading.Thread(target=cook, args=(n,)) for n in range(6)]
staff += [threading.Thread(target=waiter, args=(n,)) for n in range(6)]
for t in staff:
    t.start()
for t in staff:
    t.join()
