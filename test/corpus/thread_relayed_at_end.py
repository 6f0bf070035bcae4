"""The same ticker, but its thread starts the next one before its own loop: two threads then count
at once, and updates are lost (positive)."""
import threading
import time

ticks = 0
stopping = False


def tick_loop():
    global ticks
    threading.Thread(target=tick_loop).start()
    while not stopping:
        ticks += 1  # expect: GIL001
        time.sleep(0.01)


ticker = threading.Thread(target=tick_loop)


def start():
    ticker.start()
