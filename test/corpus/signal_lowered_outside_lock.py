"""A lift's button thread raises a wake-up flag under the lock; the controller tests it, works under the
lock, and lowers the flag after releasing it: a press between the test and the lowering is wiped out
(positive: GIL004 once)."""
import threading
import time


class LiftState:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []
        self.wake = False


lift = LiftState()


def buttons():
    while True:
        floor = int(input("floor? "))
        lift.lock.acquire()
        lift.requests.append(floor)
        lift.wake = True
        lift.lock.release()


def controller():
    while True:
        if lift.wake:  # expect: GIL004
            with lift.lock:
                plan = sorted(set(lift.requests))
            print("plan:", plan)
            lift.wake = False
        time.sleep(0.05)


threading.Thread(target=buttons, daemon=True).start()
threading.Thread(target=controller, daemon=True).start()
time.sleep(600)
