"""Calls in a thread's target that hand back something to run (negative).

A factory that returns a function, a method that returns a bound method, a decorated function, a
function another module defines, a generator: the checker cannot say these give None, or knows they do not.
"""
import functools
import threading
from concurrent.futures import ThreadPoolExecutor

import helpers


def make_worker(n):
    def work():
        print("worker", n)

    return work


def pick(kind):
    if kind == "fast":
        return lambda: print("fast")
    return functools.partial(print, "slow")


def wrapped(fn):
    return fn


@wrapped
def decorated():
    print("decorated")


def ticks():
    yield 1


class Station:
    def __init__(self):
        self.readings = []

    def reader(self):
        return self.read_once

    def read_once(self):
        self.readings.append(1)


class Job:
    def __call__(self):
        print("job")


workers = [threading.Thread(target=make_worker(n)) for n in range(3)]
for w in workers:
    w.start()
threading.Thread(target=pick("fast")).start()
threading.Thread(target=functools.partial(print, "hi")).start()
threading.Thread(target=decorated()).start()
threading.Thread(target=helpers.work()).start()
threading.Timer(1.0, Job()).start()
station = Station()
threading.Thread(target=station.reader()).start()
threading.Thread(target=next(ticks())).start()

with ThreadPoolExecutor(max_workers=2) as pool:
    pool.submit(make_worker(1))
    pool.submit(station.reader())
