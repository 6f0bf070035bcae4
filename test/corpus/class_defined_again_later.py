"""A lesson that runs a class on threads, then defines the fixed class under the same name and runs that: the first one still races (positive: GIL001 twice)."""
import threading
import time


class Booking:
    def __init__(self, seats):
        self.seats = seats

    def reserve(self, wanted):
        if self.seats >= wanted:
            time.sleep(0.01)
            self.seats = self.seats - wanted  # expect: GIL001


class Clicker(threading.Thread):
    clicks = 0

    def run(self):
        for _ in range(1000):
            Clicker.clicks += 1  # expect: GIL001


show = Booking(1)
first = threading.Thread(target=show.reserve, args=(1,))
second = threading.Thread(target=show.reserve, args=(1,))
first.start()
second.start()
first.join()
second.join()
clickers = [Clicker() for _ in range(4)]
for c in clickers:
    c.start()
for c in clickers:
    c.join()
print(show.seats, Clicker.clicks)

# The same classes, with a lock.


class Booking:
    def __init__(self, seats):
        self.seats = seats
        self.lock = threading.Lock()

    def reserve(self, wanted):
        with self.lock:
            if self.seats >= wanted:
                time.sleep(0.01)
                self.seats = self.seats - wanted


class Clicker(threading.Thread):
    clicks = 0
    lock = threading.Lock()

    def run(self):
        for _ in range(1000):
            with Clicker.lock:
                Clicker.clicks += 1


show = Booking(1)
first = threading.Thread(target=show.reserve, args=(1,))
second = threading.Thread(target=show.reserve, args=(1,))
first.start()
second.start()
first.join()
second.join()
clickers = [Clicker() for _ in range(4)]
for c in clickers:
    c.start()
for c in clickers:
    c.join()
print(show.seats, Clicker.clicks)
