"""A lift's button thread raises a wake-up flag under the lock; the controller reads and lowers it in
one locked step, so a press after that step raises it again for the next round (negative)."""
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
        with lift.lock:
            lift.requests.append(floor)
            lift.wake = True


def controller():
    while True:
        with lift.lock:
            woken, lift.wake = lift.wake, False
            plan = sorted(set(lift.requests))
        if woken:
            print("plan:", plan)
        time.sleep(0.05)


threading.Thread(target=buttons, daemon=True).start()
threading.Thread(target=controller, daemon=True).start()
time.sleep(600)
