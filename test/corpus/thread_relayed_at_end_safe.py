"""A ticker whose thread, once told to stop, resets the module's state and makes the thread object
for the next run as its last act; start() starts it later. Each run's thread is made only when the
last one's loop is over, so the two never count at once (negative)."""
import threading
import time

ticks = 0
stopping = False


def tick_loop():
    global ticks, stopping, ticker
    while not stopping:
        ticks += 1
        time.sleep(0.01)
    ticks = 0
    stopping = False
    ticker = threading.Thread(target=tick_loop)


ticker = threading.Thread(target=tick_loop)


def start():
    ticker.start()


def stop():
    global stopping
    stopping = True
    ticker.join()
