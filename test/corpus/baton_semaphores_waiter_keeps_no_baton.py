"""Bakers fill a tray under `room` and give it back after every roll, signalling `tray_full` when it is full; the packer waits for the signal and empties the tray without `room`, while the bakers go on adding (positive: GIL001 on the reset)."""
import threading
import time

TRAY = 8
rolls_on_tray = 0
tray_full = threading.Semaphore(0)
room = threading.Semaphore(1)


def packer(trays):
    global rolls_on_tray
    for _ in range(trays):
        tray_full.acquire()
        print("packing", rolls_on_tray, "rolls")
        rolls_on_tray = 0  # expect: GIL001


def baker(batches):
    global rolls_on_tray
    for _ in range(batches):
        room.acquire()
        time.sleep(0.001)
        rolls_on_tray += 1
        if rolls_on_tray == TRAY:
            tray_full.release()
        room.release()


bakers = [threading.Thread(target=baker, args=(4,)) for _ in range(6)]
wrapper = threading.Thread(target=packer, args=(3,))
for t in [*bakers, wrapper]:
    t.start()
for t in [*bakers, wrapper]:
    t.join()
print("left on the tray:", rolls_on_tray)
