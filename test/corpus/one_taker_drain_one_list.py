"""One courier thread empties the parcel list while a sorter thread and a second sorter only add to it; the main program looks at what is left only after joining them all (negative: one taker cannot lose the last parcel to another)."""
import threading
import time

parcels = []


def sorter(first):
    for n in range(first, first + 100):
        parcels.append(f"parcel {n}")
        time.sleep(0.0001)


def courier():
    for _ in range(50):
        while parcels:
            print("courier takes", parcels.pop(0))
        time.sleep(0.001)


threads = [threading.Thread(target=sorter, args=(0,)), threading.Thread(target=sorter, args=(100,)), threading.Thread(target=courier)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(parcels), "left")
