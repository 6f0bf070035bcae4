"""Two warehouses trade stock both ways at once. The getter copies the level into a local and pauses
before it returns it; the mover reads both levels under the bins' locks and stores the new levels
after letting them go, so one trade can overwrite the other (positive). The audited mover holds one
lock from the reads to the stores, on bins of its own (negative)."""
import threading
import time

ledger_lock = threading.Lock()


class Bin:
    def __init__(self, units):
        self.units = units
        self.mu = threading.Lock()

    def level(self):
        seen = self.units
        time.sleep(0.001)
        return seen


def move(src, dst, n):
    with src.mu:
        have = src.level()
        with dst.mu:
            got = dst.level()
    src.units = have - n  # expect: GIL001
    dst.units = got + n  # expect: GIL001


def audited_move(src, dst, n):
    with ledger_lock:
        have = src.level()
        got = dst.level()
        src.units = have - n
        dst.units = got + n


north, south = Bin(500), Bin(800)
east, west = Bin(300), Bin(300)
trades = [
    threading.Thread(target=move, args=(north, south, 40)),
    threading.Thread(target=move, args=(south, north, 70)),
    threading.Thread(target=audited_move, args=(east, west, 5)),
    threading.Thread(target=audited_move, args=(west, east, 9)),
]
for t in trades:
    t.start()
for t in trades:
    t.join()
print(north.units + south.units, east.units + west.units)
