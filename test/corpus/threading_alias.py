"""`import threading as th` and a positional Thread target (positive; the locked one is negative)."""
import threading as th

ticks = 0
tocks = 0
tock_lock = th.Lock()


def tick():
    global ticks
    ticks = ticks + 1  # expect: GIL001


def tock():
    global tocks
    with tock_lock:
        tocks = tocks + 1


def main():
    workers = [th.Thread(None, tick), th.Thread(None, tock)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
