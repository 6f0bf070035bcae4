"""An executor stored on self; submitted bound method updates self attributes (positive)."""
from concurrent.futures import ThreadPoolExecutor


class Indexer:
    def __init__(self):
        self._pool = ThreadPoolExecutor(max_workers=4)
        self.indexed = 0
        self.by_ext = {}

    def _index_one(self, path):
        ext = path.rsplit(".", 1)[-1]
        self.by_ext[ext] = self.by_ext.get(ext, 0) + 1  # expect: GIL001
        self.indexed += 1  # expect: GIL001

    def index(self, paths):
        futures = [self._pool.submit(self._index_one, p) for p in paths]
        for f in futures:
            f.result()
        return self.indexed
