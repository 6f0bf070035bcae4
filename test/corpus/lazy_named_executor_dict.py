"""Calls are sent to a named single-worker executor, made on first use and kept in a module dict; two threads that name a new one at once can each make one (positive: GIL004 on the test)."""
from concurrent.futures import ThreadPoolExecutor

_lanes = {}


def lane(name):
    if name not in _lanes:  # expect: GIL004
        _lanes[name] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
    return _lanes[name]


def run_in_lane(name, fn, *args):
    return lane(name).submit(fn, *args)


print(run_in_lane("audio", sum, [1, 2, 3]).result())
