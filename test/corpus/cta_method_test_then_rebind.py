"""A test made by a method call on the state, then the state rebound: two threads can both rebuild it (positive: shape 3)."""
import threading
import time


def countdown():
    time.sleep(0.1)


timer = threading.Thread(target=countdown)
restart_lock = threading.Lock()


def restart():
    global timer
    if not timer.is_alive():  # expect: GIL004
        timer = threading.Thread(target=countdown)
        timer.start()


def restart_locked():
    global timer
    with restart_lock:
        if not timer.is_alive():
            timer = threading.Thread(target=countdown)
            timer.start()


class Link:
    def __init__(self):
        self.sock = None

    def is_open(self):
        return self.sock is not None

    def ensure(self):
        if not self.sock.is_open():  # expect: GIL004
            self.sock = object()


link = Link()
callers = [threading.Thread(target=restart) for _ in range(3)]
callers += [threading.Thread(target=restart_locked) for _ in range(3)]
callers += [threading.Thread(target=link.ensure) for _ in range(3)]
for c in callers:
    c.start()
