"""Thread subclasses handed one object through their constructors, made in a loop: `self.hall` is the same hall in every thread (positive: GIL004 twice, GIL001 twice)."""
import queue
import threading


class Hall:
    def __init__(self, seats):
        self.seats = seats
        self.seated = []
        self.turned_away = 0

    def admit(self, guest):
        if len(self.seated) < self.seats:  # expect: GIL004
            self.seated.append(guest)
        else:
            self.turned_away += 1  # expect: GIL001


class Guest(threading.Thread):
    def __init__(self, hall, name):
        super().__init__()
        self.hall = hall
        self.name = name

    def run(self):
        self.hall.admit(self.name)


class Usher(threading.Thread):
    def __init__(self, hall, tickets):
        threading.Thread.__init__(self)
        self.hall = hall
        self.tickets = tickets

    def run(self):
        while not self.tickets.empty():  # expect: GIL004
            ticket = self.tickets.get()
            self.hall.turned_away -= ticket  # expect: GIL001


hall = Hall(seats=20)
tickets = queue.Queue()
for n in range(30):
    tickets.put(n % 2)
guests = [Guest(hall, f"guest-{n}") for n in range(40)]
ushers = []
for _ in range(3):
    ushers.append(Usher(hall, tickets))
for t in guests + ushers:
    t.start()
for t in guests + ushers:
    t.join()
