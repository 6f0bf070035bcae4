"""Thread starts spelled unusually: an executor used without a name, spaces around the dot, aliased
constructors (positive and negative)."""
import threading as th
from concurrent.futures import ThreadPoolExecutor
from threading import Lock as Mutex, Thread as T

hits = 0
misses = 0
guarded = 0


def count_hit():
    global hits
    hits += 1  # expect: GIL001


def count_miss():
    global misses
    misses += 1  # expect: GIL001


class Guarded:
    def __init__(self):
        self.m = Mutex()  # an alias of threading.Lock, under a name that does not say "lock"

    def work(self):
        global guarded
        with self.m:
            guarded += 1


ThreadPoolExecutor().submit(count_hit)
ThreadPoolExecutor().submit(count_hit)  # a second executor: two threads run it
th . Thread (target=count_miss).start()
th . Thread (target=count_miss).start()  # a second thread: two run it
T(target=Guarded().work).start()
