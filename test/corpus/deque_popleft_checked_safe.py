"""One recorder thread takes readings off a deque only after `if readings:`, while a sensor thread appends (negative).

Appends cannot empty it and no other thread takes, so the test holds until the popleft().
"""
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
        if readings:
            print("recorded", readings.popleft())
        else:
            time.sleep(0.01)


threading.Thread(target=sense).start()
threading.Thread(target=record, daemon=True).start()
time.sleep(0.5)
