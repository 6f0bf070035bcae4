"""Threads started one by one with literal indexes, two of them the same (`args=[0]` twice), and an item picked by a slot's value: one slot, or one item, for several threads (positive: GIL001 three times)."""
import threading

lifts = [[0, 0] for _ in range(2)]
floors = [0] * 10


def run_lift(n):
    for _ in range(100):
        lifts[n][1] += 1  # expect: GIL001
        floors[lifts[n][0]] += 1  # expect: GIL001


def run_car(n):
    for _ in range(100):
        floors[lifts[n][0]] -= 1  # expect: GIL001


a = threading.Thread(target=run_lift, args=[0])
b = threading.Thread(target=run_lift, args=[0])
c = threading.Thread(target=run_car, args=[0])
d = threading.Thread(target=run_car, args=[1])
for t in (a, b, c, d):
    t.start()
