"""Two attributes set in two steps, safely: one lock over both stores, no sleep between them, never read
together, or an object per thread (negative)."""
import threading
import time


class Thermostat:
    def __init__(self):
        self.target = 20
        self.mode = "heat"
        self.lock = threading.Lock()

    def set_plan(self, target, mode):
        with self.lock:
            self.target = target
            time.sleep(0.01)
            self.mode = mode

    def describe(self):
        with self.lock:
            return f"{self.mode} to {self.target}"


class Meter:
    def __init__(self):
        self.started = 0.0
        self.label = ""

    def begin(self, label):
        self.started = time.time()
        time.sleep(0.01)
        self.label = label


class Position:
    def __init__(self):
        self.lat = 0.0
        self.lon = 0.0

    def move(self, lat, lon):
        self.lat = lat
        self.lon = lon

    def show(self):
        print(self.lat, self.lon)


def track(fixes):
    pos = Position()
    for lat, lon in fixes:
        pos.lat = lat
        time.sleep(0.001)
        pos.lon = lon
    return pos


home = Thermostat()
meter = Meter()
spot = Position()
threads = [threading.Thread(target=home.set_plan, args=(18, "eco")) for _ in range(2)]
threads += [threading.Thread(target=meter.begin, args=("run",)) for _ in range(2)]
threads += [threading.Thread(target=spot.move, args=(1.0, 2.0)) for _ in range(2)]
threads += [threading.Thread(target=track, args=([(1.0, 2.0)],)) for _ in range(2)]
for t in threads:
    t.start()
