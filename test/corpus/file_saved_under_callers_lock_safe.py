"""A seat-booking store kept in a JSON file: the helpers that read and write the file take no lock of
their own, but every way the booking threads reach them holds the module's lock (negative)."""
import json
import os
import threading

SEATS_FILE = "seats.json"
seats_lock = threading.Lock()


def load_seats():
    if not os.path.exists(SEATS_FILE):
        save_seats({str(n): None for n in range(1, 11)})
    with open(SEATS_FILE) as f:
        return json.load(f)


def save_seats(seats):
    with open(SEATS_FILE, "w") as f:
        json.dump(seats, f, indent=2)


def book(user, seat):
    with seats_lock:
        seats = load_seats()
        if seats.get(seat) is not None:
            return False
        seats[seat] = user
        save_seats(seats)
        return True


def cancel(user):
    with seats_lock:
        seats = load_seats()
        for seat, holder in seats.items():
            if holder == user:
                seats[seat] = None
        save_seats(seats)


if __name__ == "__main__":
    guests = [threading.Thread(target=book, args=(f"guest{n}", "3")) for n in range(5)]
    guests += [threading.Thread(target=cancel, args=(f"guest{n}",)) for n in range(2)]
    for g in guests:
        g.start()
    for g in guests:
        g.join()
