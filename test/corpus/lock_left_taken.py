"""A lock taken with acquire() and left taken: a return before its release, a break out of the held part, and a lock nothing releases (positive: GIL005 three times)."""
import threading

orders_lock = threading.Lock()
log_lock = threading.RLock()
orders = []


def place(order):
    orders_lock.acquire()
    if order is None:
        return  # expect: GIL005
    orders.append(order)
    orders_lock.release()


def place_all(batch):
    for order in batch:
        orders_lock.acquire()
        if order == "stop":
            break  # expect: GIL005
        orders.append(order)
        orders_lock.release()


def log(line):
    log_lock.acquire()  # expect: GIL005
    print(line)


for n in range(4):
    threading.Thread(target=place, args=(n,)).start()
    threading.Thread(target=place_all, args=([n, "stop"],)).start()
    threading.Thread(target=log, args=(str(n),)).start()
