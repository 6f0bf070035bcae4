"""A library module for a download manager: Tally locks its own methods, and Scoreboard keeps Tally
objects, one per outcome and one per mirror, made on first use. The module made Tally safe for threads
because Scoreboard's methods are called from the download threads at once; but two of them can both
find a mirror missing and each make its Tally, and the later store throws away the first one's counts."""
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
        tally = self.per_mirror.get(mirror)
        if tally is None:  # expect: GIL004
            tally = Tally()
            self.per_mirror[mirror] = tally
        tally.add()
