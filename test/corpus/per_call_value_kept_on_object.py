"""A cinema box office: each booking first parks the number of seats asked for on the shared office
object, then takes the lock and books from it. Two callers' bookings run on threads at once, so one
can book the other's count (positive: GIL001 on the store)."""
import threading


class BoxOffice:
    def __init__(self, seats):
        self.seats = seats
        self.lock = threading.Lock()

    def book(self, wanted):
        self.wanted = wanted  # expect: GIL001
        with self.lock:
            if self.wanted <= self.seats:
                self.seats -= self.wanted
                return True
            return False


office = BoxOffice(10)
first = threading.Thread(target=office.book, args=(3,))
second = threading.Thread(target=office.book, args=(6,))
first.start()
second.start()
first.join()
second.join()
print("seats left:", office.seats)
