"""A Thread subclass that calls the function its constructor is handed: that function runs on the thread, beside the main program (positive: GIL001 once)."""
import threading
import time

elapsed = 0


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
    elapsed += 1  # expect: GIL001


def reset():
    global elapsed
    elapsed = 0


Repeater(1.0, tick).start()
reset()
