"""A cache filled on a miss found through get() or a read of the item: two threads can both miss and both build (positive: GIL004 three times)."""
import threading
from collections import defaultdict

thumbnails = {}
indexes = defaultdict(lambda: None)
resolved = {}


def thumbnail(path):
    if thumbnails.get(path) is None:  # expect: GIL004
        thumbnails[path] = f"thumb:{path}"
    return thumbnails[path]


def index_for(shard):
    index = indexes[shard]
    if index is None:  # expect: GIL004
        index = sorted(range(shard * 1000))
        indexes[shard] = index
    return index


def resolve(host):
    address = resolved.get(host)
    if not address:  # expect: GIL004
        address = "10.0.0.1"
        resolved[host] = address
    return address


jobs = []
for n in range(4):
    jobs.append(threading.Thread(target=thumbnail, args=("a.png",)))
    jobs.append(threading.Thread(target=index_for, args=(2,)))
    jobs.append(threading.Thread(target=resolve, args=("example.org",)))
for j in jobs:
    j.start()
