"""Chopsticks that record who holds them: pick_up() takes the lock and records the holder, put_down() lets the lock go and only then clears the holder and marks the stick free (through a helper), so a neighbour who takes the stick in between is wiped from the record (positive: GIL001 twice)."""
import threading
import time


class Chopstick:
    def __init__(self, number):
        self.number = number
        self.lock = threading.Lock()
        self.holder = None
        self.state = "free"

    def mark(self, state):
        self.state = state

    def pick_up(self, diner):
        self.lock.acquire()
        self.holder = diner
        self.mark("held")

    def put_down(self):
        self.lock.release()
        self.holder = None  # expect: GIL001
        self.mark("free")


class Wrapped:
    def __init__(self):
        self.guard = threading.Lock()
        self.user = None

    def __call__(self, user):
        if self.guard.acquire():
            self.user = user
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.guard.release()
        self.user = None  # expect: GIL001


def dine(name, left, right, spoon):
    for _ in range(3):
        left.pick_up(name)
        right.pick_up(name)
        with spoon(name):
            time.sleep(0.01)
        right.put_down()
        left.put_down()


sticks = [Chopstick(i) for i in range(3)]
spoon = Wrapped()
for i in range(3):
    threading.Thread(target=dine, args=(i, sticks[i], sticks[(i + 1) % 3], spoon)).start()
