"""A subclass starts a sweeper thread, and every method it inherits takes the base's lock (negative)."""
import threading
import time


class TicketBook:
    def __init__(self):
        self.lock = threading.Lock()
        self.holds = {}
        self.expires = {}

    def hold(self, seat, customer, minutes):
        with self.lock:
            self.holds[seat] = customer
            self.expires[seat] = time.time() + minutes * 60

    def confirm(self, seat):
        with self.lock:
            if seat in self.expires:
                self.expires.pop(seat)
                return self.holds.pop(seat)
        return None


class SweptTicketBook(TicketBook):
    def __init__(self):
        super().__init__()
        self.sweeper = threading.Thread(target=self._sweep, daemon=True)
        self.sweeper.start()

    def _sweep(self):
        while True:
            now = time.time()
            with self.lock:
                stale = [seat for seat, at in self.expires.items() if at < now]
                for seat in stale:
                    self.expires.pop(seat)
                    self.holds.pop(seat, None)
            time.sleep(0.5)


book = SweptTicketBook()
book.hold("A1", "ana", 0.01)
print(book.confirm("A1"))
