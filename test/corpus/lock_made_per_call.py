"""Each ticket seller makes its own lock when it starts, so no seller ever waits for another and
the tickets sold are counted without any exclusion (positive: the lock, and the update). A lock
made in the function that starts the threads and handed to each, or made beside a closure that
the threads run, is one lock for all of them (negative), as is one made for a single call's own
helper threads and kept on the object."""
import threading

sold = 0
refunds = 0
seats = []


def sell(n):
    global sold
    guard = threading.Lock()
    for _ in range(n):
        with guard:  # expect: GIL002
            sold += 1  # expect: GIL001


def refund(n, guard):
    global refunds
    for _ in range(n):
        with guard:
            refunds += 1


def book(rows):
    booking = threading.Lock()

    def take(row):
        with booking:
            seats.append(row)
            seats.sort()

    workers = [threading.Thread(target=take, args=(r,)) for r in rows]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def open_office():
    till = threading.Lock()
    clerks = [threading.Thread(target=refund, args=(100, till)) for _ in range(4)]
    sellers = [threading.Thread(target=sell, args=(100,)) for _ in range(4)]
    for t in clerks + sellers:
        t.start()
    book(range(10))
