"""Guests take cups from a tray one at a time under the counter semaphore; a guest who finds it empty
wakes the barista and waits for the refill while still holding the counter. The barista changes the
count only between the wake-up and the "refilled" signal, so the two updates never overlap (negative:
`wake_barista` and `refilled` are signals, not locks)."""
import threading
import time

CUPS = 6
counter = threading.Semaphore(1)
wake_barista = threading.Semaphore(0)
refilled = threading.Semaphore(0)
cups_on_tray = CUPS


def guest(name, rounds):
    global cups_on_tray
    for _ in range(rounds):
        counter.acquire()
        if cups_on_tray == 0:
            wake_barista.release()
            refilled.acquire()
        cups_on_tray -= 1
        counter.release()
        time.sleep(0.01)


def barista():
    global cups_on_tray
    while True:
        wake_barista.acquire()
        cups_on_tray += CUPS
        refilled.release()


threading.Thread(target=barista, daemon=True).start()
guests = [threading.Thread(target=guest, args=(f"guest{n}", 5)) for n in range(4)]
for g in guests:
    g.start()
for g in guests:
    g.join()
print("cups left:", cups_on_tray)
