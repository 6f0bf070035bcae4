"""The box office keeping each call's count in a local, and a refund that stores the last refund on the
object and reads it back only while holding the lock (negative)."""
import threading


class BoxOffice:
    def __init__(self, seats):
        self.seats = seats
        self.lock = threading.Lock()
        self.last_refund = 0

    def book(self, wanted):
        with self.lock:
            if wanted <= self.seats:
                self.seats -= wanted
                return True
            return False

    def refund(self, count):
        with self.lock:
            self.last_refund = count
            self.seats += self.last_refund


office = BoxOffice(10)
callers = [threading.Thread(target=office.book, args=(n,)) for n in (3, 6)]
callers += [threading.Thread(target=office.refund, args=(1,)) for _ in range(2)]
for c in callers:
    c.start()
for c in callers:
    c.join()
print("seats left:", office.seats)
