"""The same latches held under a lock, or claimed before the work; a flag that is all the `if` sets (negative: no findings)."""
import threading

connected = False
link = None
link_lock = threading.Lock()
announced = False


def open_link():
    global connected, link, announced
    with link_lock:
        if not connected:
            link = object()
            connected = True
    if not announced:
        announced = True
    return link


class Table:
    def __init__(self, seats):
        self.seats = seats
        self.guests = []
        self.dealt = False
        self.deck = None
        self.lock = threading.Lock()

    def seat(self, guest):
        with self.lock:
            self.guests.append(guest)
        threading.Thread(target=self.play, args=(guest,)).start()

    def play(self, guest):
        open_link()
        with self.lock:
            deal = not self.dealt and len(self.guests) == self.seats
            if deal:
                self.dealt = True
        if deal:
            self.deck = list(range(52))


table = Table(seats=4)
for g in ["ann", "bo", "cy", "di"]:
    table.seat(g)
