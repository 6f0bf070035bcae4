"""A Thread subclass that calls the function its constructor is handed, which keeps its count under a lock (negative)."""
import threading
import time

elapsed = 0
elapsed_lock = threading.Lock()


class Repeater(threading.Thread):
    def __init__(self, every, action):
        super().__init__(daemon=True)
        self.every = every
        self.action = action

    def run(self):
        while True:
            self.action()
            time.sleep(self.every)


def tick():
    global elapsed
    with elapsed_lock:
        elapsed += 1


def reset():
    global elapsed
    with elapsed_lock:
        elapsed = 0


Repeater(1.0, tick).start()
reset()
