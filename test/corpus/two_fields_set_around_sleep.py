"""Two attributes meant to agree, set in two steps with a sleep in between by code that several threads
run on one object: another call can set both in between, leaving one value from each (positive)."""
import threading
import time


class Thermostat:
    def __init__(self):
        self.target = 20
        self.mode = "heat"

    def set_plan(self, target, mode):
        self.target = target
        time.sleep(0.01)  # the valve moves
        self.mode = mode  # expect: GIL001

    def describe(self):
        return f"{self.mode} to {self.target}"


class Position:
    def __init__(self):
        self.lat = 0.0
        self.lon = 0.0


def track(pos, fixes):
    for lat, lon in fixes:
        pos.lat = lat
        time.sleep(0.001)
        pos.lon = lon  # expect: GIL001


def report(pos):
    print("at", pos.lat, pos.lon)


home = Thermostat()
where = Position()
plans = [threading.Thread(target=home.set_plan, args=(t, m)) for t, m in ((18, "eco"), (23, "heat"))]
trackers = [threading.Thread(target=track, args=(where, [(1.0, 2.0), (3.0, 4.0)])) for _ in range(3)]
for t in plans + trackers:
    t.start()
