"""A library's thumbnail cache makes its lock on first use, so that a forked worker gets a fresh one; nothing here starts a thread, but the lock says callers will come from several, and two that ask at once can each make a lock (positive: GIL004 on the test)."""
import threading

_cache_lock = None
_thumbnails = {}


def _lock_for_cache():
    global _cache_lock
    if _cache_lock is None:  # expect: GIL004
        _cache_lock = threading.Lock()
    return _cache_lock


def thumbnail(path):
    with _lock_for_cache():
        if path not in _thumbnails:
            _thumbnails[path] = f"thumb of {path}"
        return _thumbnails[path]

