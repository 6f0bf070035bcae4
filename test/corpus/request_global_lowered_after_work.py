"""A reader thread raises a module flag each time a new sample lands; the main loop tests it, redraws the chart and lowers the flag only after the redraw: a sample that lands during the redraw is lowered with the one just drawn and never shown (positive: GIL004)."""
import random
import threading
import time

samples = []
fresh = False


def reader():
    global fresh
    while True:
        samples.append(random.random())
        fresh = True
        time.sleep(0.05)


def redraw(points):
    time.sleep(0.2)
    return len(points)


threading.Thread(target=reader, daemon=True).start()
for _ in range(20):
    if fresh:
        redraw(list(samples))
        fresh = False  # expect: GIL004
    time.sleep(0.1)
