"""A server object counts requests per path in a dict on self, read into a local and stored back, from its pool (positive)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class FileServer:
    def __init__(self):
        self.counts = {}
        self.pool = ThreadPoolExecutor(max_workers=8)

    def count(self, path):
        current = self.counts.get(path, 0)
        self.counts[path] = current + 1  # expect: GIL001

    def handle(self, path):
        self.count(path)
        return f"served {path}"

    def serve(self, paths):
        for p in paths:
            self.pool.submit(self.handle, p)


class LockedFileServer(FileServer):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def count(self, path):
        with self.lock:
            current = self.counts.get(path, 0)
            self.counts[path] = current + 1
