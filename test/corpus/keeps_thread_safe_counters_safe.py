"""The same scoreboard, whose per-mirror tallies are made in one step with setdefault: the dict
store is one operation, so two download threads asking for a new mirror at once end up with the
same Tally, and every count lands in it."""
import threading


class Tally:
    def __init__(self):
        self.count = 0
        self._lock = threading.Lock()

    def add(self, n=1):
        with self._lock:
            self.count += n

    def reset(self):
        with self._lock:
            self.count = 0


class Scoreboard:
    def __init__(self):
        self.done = Tally()
        self.failed = Tally()
        self.per_mirror = {}

    def record(self, mirror, ok):
        (self.done if ok else self.failed).add()
        tally = self.per_mirror.setdefault(mirror, Tally())
        tally.add()
