"""Booking threads share a seat list made in the class body as `[True] * SEATS` and test and take a seat under the class's lock (negative)."""
import random
import threading
import time

SEATS = 6


class Booker(threading.Thread):
    free = [True] * SEATS
    booked = []
    lock = threading.Lock()

    def __init__(self, name):
        super().__init__()
        self.customer = name

    def run(self):
        seat = random.randrange(SEATS)
        with self.lock:
            if self.free[seat]:
                time.sleep(0.001)
                self.free[seat] = False
                self.booked.append((seat, self.customer))


if __name__ == "__main__":
    bookers = [Booker(f"guest {n}") for n in range(12)]
    for b in bookers:
        b.start()
    for b in bookers:
        b.join()
    print(len(Booker.booked), "bookings for", SEATS - sum(Booker.free), "seats taken")
