"""A thumbnail loader whose pool tasks look up, in a copy of the waiting list, the (path, widget)
pairs that asked for the file just loaded, and remove each pair by rebuilding it from the loop's
names. Two tasks for the same path can both find the pair in their copies: the second `remove()`
raises ValueError (positive)."""
from concurrent.futures import ThreadPoolExecutor


class ThumbnailLoader:
    def __init__(self):
        self.waiting = []
        self.pool = ThreadPoolExecutor(max_workers=4)

    def request(self, path, widget):
        self.waiting.append((path, widget))
        self.pool.submit(self._load, path)

    def _load(self, path):
        with open(path, "rb") as f:
            data = f.read()
        for wanted, widget in self.waiting[:]:  # expect: GIL004
            if wanted != path:
                continue
            widget.show(data)
            self.waiting.remove((wanted, widget))
