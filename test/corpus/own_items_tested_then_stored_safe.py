"""The same tile cache with a reentrant lock held over the test and the store in prefetch(): the
item methods take it again inside, which an RLock allows, and no second caller can slip between."""
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor


class TileCache(Mapping):
    def __init__(self):
        self._tiles = {}
        self._downloads = ThreadPoolExecutor(max_workers=4)
        self._tiles_lock = threading.RLock()

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
        with self._tiles_lock:
            if key not in self:
                self[key] = self._downloads.submit(fetch, key)
            return self[key]
