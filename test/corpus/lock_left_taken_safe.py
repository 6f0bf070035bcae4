"""acquire() and release() used safely: a finally that releases, a release before each early exit, a loop of its own inside the held part, a lock handed between methods, and a semaphore taken as a signal that another module gives (negative)."""
import threading

orders_lock = threading.Lock()
orders = []


def place(order):
    orders_lock.acquire()
    try:
        if order is None:
            return
        orders.append(order)
    finally:
        orders_lock.release()


def place_checked(order):
    orders_lock.acquire()
    if order is None:
        orders_lock.release()
        return
    orders.append(order)
    orders_lock.release()


def place_many(batch):
    orders_lock.acquire()
    for order in batch:
        if order is None:
            continue
        orders.append(order)
    orders_lock.release()


class Session:
    def __init__(self):
        self.busy = threading.Lock()

    def begin(self):
        self.busy.acquire()

    def end(self):
        self.busy.release()


class Clerk:
    """Waits for a signal that the front desk (another module) gives with release()."""

    def __init__(self, desk):
        self.desk = desk

    def serve(self):
        self.desk.visitor_waiting.acquire()
        self.desk.visitors.get_nowait()


for n in range(4):
    threading.Thread(target=place, args=(n,)).start()
    threading.Thread(target=Clerk(None).serve).start()
    threading.Thread(target=place_checked, args=(n,)).start()
    threading.Thread(target=place_many, args=([n, None],)).start()
    threading.Thread(target=Session().begin).start()
