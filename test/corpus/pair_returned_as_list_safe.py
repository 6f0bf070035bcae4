"""Two seats picked by a helper that returns them as a list, handed on by each booking thread: the test and the update hold the one lock, so no test is out of date (negative)."""
import random
import threading

booking_lock = threading.Lock()


class Seat:
    def __init__(self, number):
        self.number = number
        self.free = 2


def two_seats(seats):
    first = random.choice(seats)
    second = random.choice(seats)
    while second is first:
        second = random.choice(seats)
    return [first, second]


def reserve(wanted, spare, count):
    with booking_lock:
        if wanted.free < count:
            return
        wanted.free -= count
        spare.free += count


def book(seats):
    for _ in range(500):
        wanted, spare = two_seats(seats)
        reserve(wanted, spare, 1)


seats = [Seat(n) for n in range(8)]
agents = [threading.Thread(target=book, args=(seats,)) for _ in range(4)]
for agent in agents:
    agent.start()
for agent in agents:
    agent.join()
print(sum(seat.free for seat in seats))
