"""Two courier threads, each started once, empty the same parcel list with `while parcels: parcels.pop(0)` while a sorter thread fills it: both can see the last parcel and both pop it, and one gets IndexError (positive: GIL004 on each loop's test)."""
import threading
import time

parcels = []


def sorter():
    for n in range(200):
        parcels.append(f"parcel {n}")
        time.sleep(0.0001)


def north_courier():
    for _ in range(50):
        while parcels:  # expect: GIL004
            print("north takes", parcels.pop(0))
        time.sleep(0.001)


def south_courier():
    for _ in range(50):
        while parcels:  # expect: GIL004
            print("south takes", parcels.pop(0))
        time.sleep(0.001)


for job in (sorter, north_courier, south_courier):
    threading.Thread(target=job).start()
