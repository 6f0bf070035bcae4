"""A function defined in a method updates the method's `self` from pool threads, under the object's own lock (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Downloader:
    def __init__(self, names):
        self.names = names
        self.bytes = 0
        self._lock = threading.Lock()

    def fetch_all(self):
        def fetch(name):
            size = len(name) * 1024
            with self._lock:
                self.bytes += size

        with ThreadPoolExecutor(max_workers=4) as pool:
            pool.map(fetch, self.names)
        return self.bytes
