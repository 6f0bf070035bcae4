"""Visits logged by threads started through threading's private alias of the low-level start
(`threading._start_new_thread`, as some older servers do): the count is updated unlocked (positive)."""
import threading
import time

logged = 0


def log_visit(conn):
    global logged
    logged += 1  # expect: GIL001


for n in range(20):
    threading._start_new_thread(log_visit, (n,))
time.sleep(0.5)
