"""Connections served with the low-level _thread module only: the counters it shares are updated unlocked (positive: GIL001 twice)."""
import _thread
import time
from _thread import start_new_thread

served = 0
open_now = 0


def serve(conn):
    global served
    served += 1  # expect: GIL001
    time.sleep(0.01)


def serve_and_close(conn):
    global open_now
    open_now -= 1  # expect: GIL001


for n in range(20):
    _thread.start_new_thread(serve, (n,))
    open_now += 1
    start_new_thread(serve_and_close, (n,))
time.sleep(0.5)
