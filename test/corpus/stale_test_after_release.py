"""A count changed under the lock, then tested after the lock is let go: two threads can both act (positive)."""
import threading


class Latch:
    """Opens a gate when the last of its parties arrives."""

    def __init__(self, parties):
        self.waiting = parties
        self.guard = threading.Lock()
        self.gate = threading.Semaphore(0)

    def arrive(self):
        with self.guard:
            self.waiting -= 1
        if self.waiting == 0:  # expect: GIL004
            self.gate.release()


seats_left = 10
seats_lock = threading.Lock()
sold_out = []


def book_seat(buyer):
    global seats_left
    with seats_lock:
        seats_left = seats_left - 1
    while seats_left < 0:  # expect: GIL004
        sold_out.append(buyer)
        break


latch = Latch(3)
for n in range(3):
    threading.Thread(target=latch.arrive).start()
    threading.Thread(target=book_seat, args=(n,)).start()
