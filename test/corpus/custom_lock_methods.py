"""A lock class of one's own with lock() and unlock(), and the test and the update under one lock (negative)."""
import threading


class Ticket:
    def __init__(self):
        self._inner = threading.Lock()

    def lock(self):
        self._inner.acquire()

    def unlock(self):
        self._inner.release()


count = 0
running = 0
limit = 2
pool_lock = threading.Lock()


def work(guard):
    global count, running
    for _ in range(1000):
        guard.lock()
        count += 1
        guard.unlock()
    with pool_lock:
        if running < limit:
            running += 1


guard = Ticket()
threads = [threading.Thread(target=work, args=(guard,)) for _ in range(4)]
for t in threads:
    t.start()
