"""A Thread subclass built on an imported base named for a thread: its run() alone counts what it made, while its lock guards what other threads report (negative: no findings)."""
import threading

from .resources import StoppableThread


class Source(StoppableThread):
    def __init__(self, limit, *lines):
        super().__init__()
        self.limit = limit
        self.lines = lines
        self.made = 0
        self.served = 0
        self._lock = threading.Lock()

    def run(self):
        while self.made < self.limit and not self.stopped():
            self.lines[self.made % len(self.lines)].put(self.made)
            self.made += 1

    def report_served(self):
        with self._lock:
            self.served += 1
