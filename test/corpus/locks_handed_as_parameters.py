"""A car park: the entry thread and the exit thread each take the lock they are handed around the
car count, but the program hands them two different locks, so the count has no common lock and
updates are lost (positive, with module locks and with locks the starting function makes). The
toll booths are handed one lock between them (negative)."""
import threading
import time

cars = 0
spaces = 40
tolls = 0
gate_in = threading.Lock()
gate_out = threading.Lock()


def arrive(gate, rounds):
    global cars
    for _ in range(rounds):
        gate.acquire()
        cars += 1  # expect: GIL001
        gate.release()


def leave(gate, rounds):
    global cars
    for _ in range(rounds):
        gate.acquire()
        cars -= 1
        gate.release()


def park(lock, rounds):
    global spaces
    for _ in range(rounds):
        with lock:
            spaces -= 1  # expect: GIL001
        time.sleep(0)


def unpark(lock, rounds):
    global spaces
    for _ in range(rounds):
        with lock:
            spaces += 1


def charge(booth_lock, rounds):
    global tolls
    for _ in range(rounds):
        with booth_lock:
            tolls += 2


def refund(booth_lock, rounds):
    global tolls
    for _ in range(rounds):
        with booth_lock:
            tolls -= 2


def open_park():
    parking_lock = threading.Lock()
    leaving_lock = threading.Lock()
    booth = threading.Lock()
    workers = [
        threading.Thread(target=park, args=(parking_lock, 1000)),
        threading.Thread(target=unpark, args=(leaving_lock, 1000)),
        threading.Thread(target=charge, args=(booth, 1000)),
        threading.Thread(target=refund, args=(booth, 1000)),
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


threading.Thread(target=arrive, args=(gate_in, 1000)).start()
threading.Thread(target=leave, args=(gate_out, 1000)).start()
open_park()
