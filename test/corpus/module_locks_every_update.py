"""A library module whose functions hold its lock over every change, through a private helper only called with the lock held (negative)."""
import threading

_lock = threading.RLock()
_totals = {}
_seen = 0


def _bump(key, n):
    global _seen
    _seen += 1
    _totals[key] = _totals.get(key, 0) + n


def add(key, n):
    with _lock:
        _bump(key, n)


def add_many(pairs):
    with _lock:
        for key, n in pairs:
            _bump(key, n)


def snapshot():
    with _lock:
        return dict(_totals), _seen
