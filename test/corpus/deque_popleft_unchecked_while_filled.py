"""A recorder thread takes readings off a deque with popleft() and never looks whether one is there, while a sensor thread appends (positive: GIL006 once)."""
import collections
import random
import threading
import time

readings = collections.deque()


def sense():
    for _ in range(20):
        readings.append(round(random.uniform(18.0, 24.0), 1))
        time.sleep(0.02)


def record():
    while True:
        value = readings.popleft()  # expect: GIL006
        print("recorded", value)
        time.sleep(0.01)


threading.Thread(target=sense).start()
threading.Thread(target=record, daemon=True).start()
time.sleep(0.5)
