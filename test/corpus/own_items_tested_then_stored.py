"""A tile cache built on a Mapping: each of its own item methods takes the cache's lock, and
prefetch() asks `key in self` and then stores `self[key]`. Those are two takes of the lock, not one:
two map views asking for the same tile at once can both find it missing and both start a download."""
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor


class TileCache(Mapping):
    def __init__(self):
        self._tiles = {}
        self._downloads = ThreadPoolExecutor(max_workers=4)
        self._tiles_lock = threading.Lock()

    def __getitem__(self, key):
        with self._tiles_lock:
            return self._tiles[key]

    def __setitem__(self, key, tile):
        with self._tiles_lock:
            self._tiles[key] = tile

    def __len__(self):
        with self._tiles_lock:
            return len(self._tiles)

    def __iter__(self):
        with self._tiles_lock:
            return iter(list(self._tiles))

    def prefetch(self, key, fetch):
        if key in self:  # expect: GIL004
            return self[key]
        self[key] = self._downloads.submit(fetch, key)
        return self[key]
