"""Claims and lazy objects in more forms: a seat taken after a truth test of its item, an object made after a guard clause, and a bid compared through int() (positive: GIL004 three times)."""
import threading

seats = {"1A": True, "1B": True}
best_bid = "0"


def book():
    for seat, free in seats.items():
        if free:  # expect: GIL004
            seats[seat] = False
            return seat
    return None


def bid(amount):
    global best_bid
    if int(amount) > int(best_bid):  # expect: GIL004
        best_bid = amount


class Service:
    def __init__(self, lock=None):
        if lock is None:
            lock = threading.Lock()
        self._lock = lock
        self.worker = None
        self.calls = 0

    def ensure_worker(self):
        if self.worker is not None:  # expect: GIL004
            return
        self.worker = Worker()


class Worker:
    pass


if __name__ == "__main__":
    service = Service()
    crowd = [threading.Thread(target=book) for _ in range(3)]
    crowd += [threading.Thread(target=bid, args=(str(n),)) for n in range(3)]
    crowd += [threading.Thread(target=service.ensure_worker) for _ in range(3)]
    for t in crowd:
        t.start()
