"""The same wrapper, with the counter under a lock and a target that only reads (negative: no findings)."""
import threading

rides = 0
rides_lock = threading.Lock()
SEATS = ("front", "middle", "back")


class Spawn(threading.Thread):
    def __init__(self, fn, *args):
        super().__init__(target=fn, args=args, daemon=True)
        self.start()


def next_ride():
    global rides
    with rides_lock:
        rides = rides + 1
        return rides


def rider(seat):
    print(SEATS[seat % 3], next_ride())


for seat in range(4):
    Spawn(rider, seat)
