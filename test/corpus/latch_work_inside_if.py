"""A flag set to True after work inside `if not flag:`, never cleared, tested by every client's thread: two can both pass and both do the work (positive: GIL004 twice)."""
import threading

connected = False
link = None


def open_link():
    global connected, link
    if not connected:  # expect: GIL004
        link = object()
        connected = True
    return link


class Table:
    def __init__(self, seats):
        self.seats = seats
        self.guests = []
        self.dealt = False
        self.deck = None

    def seat(self, guest):
        self.guests.append(guest)
        threading.Thread(target=self.play, args=(guest,)).start()

    def play(self, guest):
        open_link()
        if not self.dealt:  # expect: GIL004
            if len(self.guests) == self.seats:
                self.deck = list(range(52))
                self.dealt = True


table = Table(seats=4)
for g in ["ann", "bo", "cy", "di"]:
    table.seat(g)
