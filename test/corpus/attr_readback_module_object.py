"""An attribute of a module-level object read and written back in threads (positive: shape 1)."""
import threading
import time


class Gauge:
    def __init__(self):
        self.level = 0


tank = Gauge()


def fill(litres):
    current = tank.level
    time.sleep(0.005)
    tank.level = current + litres  # expect: GIL001


pumps = [threading.Thread(target=fill, args=(5,)) for _ in range(3)]
for p in pumps:
    p.start()
for p in pumps:
    p.join()
