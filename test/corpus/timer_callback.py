"""Periodic heartbeat with threading.Timer (positive)."""
import threading
import time

beats = 0
last_beat = 0.0


def heartbeat():
    global beats, last_beat
    beats += 1  # expect: GIL001
    last_beat = time.monotonic()


def schedule(n):
    timers = [threading.Timer(0.01 * i, heartbeat) for i in range(n)]
    for t in timers:
        t.start()
    return timers
