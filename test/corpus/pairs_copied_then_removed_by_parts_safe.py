"""The thumbnail loader again, with the look-up and the removals under one lock of the loader (and the
request's append under it too): a pair is found and removed by one task only (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class ThumbnailLoader:
    def __init__(self):
        self._waiting_lock = threading.Lock()
        self.waiting = []
        self.pool = ThreadPoolExecutor(max_workers=4)

    def request(self, path, widget):
        with self._waiting_lock:
            self.waiting.append((path, widget))
        self.pool.submit(self._load, path)

    def _load(self, path):
        with open(path, "rb") as f:
            data = f.read()
        with self._waiting_lock:
            for wanted, widget in self.waiting[:]:
                if wanted != path:
                    continue
                widget.show(data)
                self.waiting.remove((wanted, widget))
