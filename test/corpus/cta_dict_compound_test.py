"""A cache filled only while it has room: `key not in cache and ...` is still a test then a set (positive: GIL004)."""
import threading

cache = {}
MAX_ENTRIES = 100


def lookup(key):
    return key.upper()


def get(key):
    if key not in cache and len(cache) < MAX_ENTRIES:  # expect: GIL004
        cache[key] = lookup(key)
    return cache.get(key)


threads = [threading.Thread(target=get, args=(k,)) for k in ("x", "y", "x")]
for t in threads:
    t.start()
