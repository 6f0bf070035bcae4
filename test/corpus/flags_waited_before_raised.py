"""Two threads that keep each other out with a flag each, but wait for the other's flag to drop before raising their own: both can find the other's flag down and both go in, so the shared index is read and moved by both at once (positive: GIL004 for the flags, GIL001 for the index)."""
import threading
import time

slots = [10, 20, 30, 40, 50, 60]
position = 0
inside = [False, False]


def reader(name, me):
    global position
    other = 1 - me
    for _ in range(3):
        while inside[other]:  # expect: GIL004
            pass
        inside[me] = True
        value = slots[position]
        time.sleep(0.01)
        position += 1  # expect: GIL001
        inside[me] = False
        print(name, value)


first = threading.Thread(target=reader, args=("first", 0))
second = threading.Thread(target=reader, args=("second", 1))
first.start()
second.start()
first.join()
second.join()
