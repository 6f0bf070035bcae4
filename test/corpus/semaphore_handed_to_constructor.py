"""Sellers handed one Semaphore(4) through their constructor and taking it around the shared ticket
count: four threads hold it at once, so it excludes nothing (positive: GIL003, and the count loses
updates). Sellers handed a Lock, or a Semaphore(1), exclude each other (negative)."""
import threading

tickets = 1000
seats = 1000
rows = 1000


class Seller(threading.Thread):
    def __init__(self, sem):
        super().__init__()
        self.sem = sem

    def run(self):
        global tickets
        self.sem.acquire()  # expect: GIL003
        if tickets > 0:
            tickets -= 1  # expect: GIL001
        self.sem.release()


class Usher(threading.Thread):
    def __init__(self, seat_lock):
        super().__init__()
        self.seat_lock = seat_lock

    def run(self):
        global seats
        with self.seat_lock:
            seats -= 1


class RowKeeper(threading.Thread):
    def __init__(self, row_guard):
        super().__init__()
        self.row_guard = row_guard

    def run(self):
        global rows
        with self.row_guard:
            rows -= 1


if __name__ == "__main__":
    box_office = threading.Semaphore(4)
    seat_lock = threading.Lock()
    one_at_a_time = threading.Semaphore(1)
    staff = [Seller(box_office) for _ in range(8)]
    staff += [Usher(seat_lock) for _ in range(8)]
    staff += [RowKeeper(one_at_a_time) for _ in range(8)]
    for s in staff:
        s.start()
    for s in staff:
        s.join()
