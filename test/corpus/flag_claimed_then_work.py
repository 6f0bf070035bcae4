"""A table taken by testing its free flag and lowering it, then serving at it before raising the flag
again: two waiters can both find it free and both seat guests there (positive). Lowering the flag
alone, with nothing after it, and the same claim under the table's lock, are left alone (negative)."""
import threading
import time


class Table:
    def __init__(self):
        self.free = True
        self.lock = threading.Lock()
        self.guests = 0


table = Table()
lamp = Table()


def seat(party):
    if table.free:  # expect: GIL004
        table.free = False
        time.sleep(0.01)
        table.free = True


def seat_locked(party):
    with table.lock:
        if table.free:
            table.free = False
            time.sleep(0.01)
            table.free = True


def dim():
    if lamp.free:
        lamp.free = False


if __name__ == "__main__":
    threads = [threading.Thread(target=seat, args=(n,)) for n in range(4)]
    threads += [threading.Thread(target=seat_locked, args=(n,)) for n in range(4)]
    threads += [threading.Thread(target=dim) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
