"""Loops that test shared state in their condition and update it only under the lock (positive).

Threads that pass the test together on the last step each update once more: the count ends past its
limit, and the seller sells tickets it does not have.
"""
import threading

visits = 0
visits_lock = threading.Lock()


def count_visits(limit):
    global visits
    while visits < limit:  # expect: GIL004
        with visits_lock:
            visits += 1


class Booth:
    def __init__(self, tickets):
        self.tickets = tickets
        self.sold = []
        self.lock = threading.Lock()

    def sell(self, clerk):
        while self.tickets > 0:  # expect: GIL004
            self.lock.acquire()
            self.tickets -= 1
            self.sold.append(clerk)
            self.lock.release()


counters = [threading.Thread(target=count_visits, args=(10_000,)) for _ in range(4)]
booth = Booth(500)
clerks = [threading.Thread(target=booth.sell, args=(name,)) for name in ("ana", "bo", "cy")]
for t in counters + clerks:
    t.start()
for t in counters + clerks:
    t.join()
print(visits, booth.tickets)
