"""The same statistics module with both counts under the lock that `_thread.allocate_lock()` made."""
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
    with _stats_lock:
        misses += 1


def snapshot():
    with _stats_lock:
        return hits, misses
