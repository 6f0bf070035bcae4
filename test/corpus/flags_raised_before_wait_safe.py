"""Peterson's entry protocol: each thread raises its own flag and gives the turn away before it waits, so at most one is inside (negative: no findings; slow and CPU-hungry, but not a race under CPython's sequentially consistent memory)."""
import threading
import time

slots = [10, 20, 30, 40, 50, 60]
position = 0
inside = [False, False]
turn = 0


def reader(name, me):
    global position, turn
    other = 1 - me
    for _ in range(3):
        inside[me] = True
        turn = other
        while inside[other] and turn == other:
            pass
        value = slots[position]
        time.sleep(0.01)
        position += 1
        inside[me] = False
        print(name, value)


first = threading.Thread(target=reader, args=("first", 0))
second = threading.Thread(target=reader, args=("second", 1))
first.start()
second.start()
first.join()
second.join()
