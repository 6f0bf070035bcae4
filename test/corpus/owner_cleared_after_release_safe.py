"""Chopsticks that clear the holder before letting the lock go, that set after the release only what the lock never guards (the time of the last put) (negative: no findings)."""
import threading
import time


class Chopstick:
    def __init__(self, number):
        self.number = number
        self.lock = threading.Lock()
        self.holder = None
        self.state = "free"
        self.last_put = 0.0

    def mark(self, state):
        self.state = state

    def pick_up(self, diner):
        self.lock.acquire()
        self.holder = diner
        self.mark("held")

    def put_down(self):
        self.holder = None
        self.mark("free")
        self.lock.release()
        self.last_put = time.time()


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
        self.user = None
        self.guard.release()


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
