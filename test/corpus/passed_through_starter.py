"""A helper starts the threads with the function and object it is given (positive: shape 2)."""
from threading import Thread


class Clicks:
    def __init__(self):
        self.n = 0

    def press(self):
        self.n += 1  # expect: GIL001


def press_many(clicks, times):
    for _ in range(times):
        clicks.press()


def start_all(job, shared, times):
    workers = []
    for _ in range(3):
        handed = (shared, times)
        w = Thread(target=job, args=handed)
        workers.append(w)
        w.start()
    for w in workers:
        w.join()


clicks = Clicks()
start_all(press_many, clicks, 1000)
