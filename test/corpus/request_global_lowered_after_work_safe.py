"""Module flags raised by a reader thread and taken safely: lowered first, as the main loop takes it, so a sample that lands during the redraw raises it again for the next round; and a second flag lowered after the redraw, but with the raise and the test and the lowering all under one lock (negative)."""
import random
import threading
import time

samples = []
fresh = False
changed = False
chart_lock = threading.Lock()


def reader():
    global fresh, changed
    while True:
        samples.append(random.random())
        fresh = True
        with chart_lock:
            changed = True
        time.sleep(0.05)


def redraw(points):
    time.sleep(0.2)
    return len(points)


threading.Thread(target=reader, daemon=True).start()
for _ in range(20):
    if fresh:
        fresh = False
        redraw(list(samples))
    with chart_lock:
        if changed:
            redraw(list(samples))
            changed = False
    time.sleep(0.1)
