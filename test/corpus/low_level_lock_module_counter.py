"""A statistics module built on the low-level `_thread` module: record_hit() counts under the module's
lock, made by `allocate_lock()`, while record_miss() counts without it. Callers on several threads can
lose misses."""
import _thread

_stats_lock = _thread.allocate_lock()
hits = 0
misses = 0


def record_hit():
    global hits
    with _stats_lock:
        hits += 1


def record_miss():
    global misses
    misses += 1  # expect: GIL001


def snapshot():
    with _stats_lock:
        return hits, misses
