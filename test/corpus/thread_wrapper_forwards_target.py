"""A small Thread subclass that hands the base the target it is given and starts itself; every ride started through it bumps one counter (positive: GIL001 once)."""
import threading

rides = 0


class Spawn(threading.Thread):
    def __init__(self, fn, *args):
        threading.Thread.__init__(self, target=fn, args=args, daemon=True)
        self.start()


def next_ride():
    global rides
    rides = rides + 1  # expect: GIL001
    return rides


def rider(seat):
    print(seat, next_ride())


for seat in range(4):
    Spawn(rider, seat)
