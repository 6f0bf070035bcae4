"""Timer callbacks that take a lock (negative)."""
import threading
import time

flush_count = 0
last_flush = 0.0
flush_lock = threading.Lock()


def flush():
    global flush_count, last_flush
    with flush_lock:
        flush_count += 1
        last_flush = time.time()


def start(interval, n):
    timers = [threading.Timer(interval * i, flush) for i in range(n)]
    for t in timers:
        t.start()
    return timers
