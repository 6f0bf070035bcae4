"""The same board done right: the loops copy the sightings under the lock that guards the stores and
drops, then go through the copy with no lock held (negative). A roster made through its own accessor
by this program's main code is judged by the threads the program starts: only its main code changes
and lists the names, so its unlocked loop races nothing (negative)."""
import threading
import time


class Board:
    _shared = None
    _shared_lock = threading.Lock()

    @staticmethod
    def shared():
        with Board._shared_lock:
            if Board._shared is None:
                Board._shared = Board()
        return Board._shared

    def __init__(self):
        self.sightings = {}
        self.sightings_lock = threading.Lock()
        threading.Thread(target=self._prune_forever, daemon=True).start()

    def _prune_forever(self):
        while True:
            self.prune(time.time() - 600)
            time.sleep(30)

    def record(self, station, level):
        with self.sightings_lock:
            self.sightings[station] = (level, time.time())

    def forget(self, station):
        with self.sightings_lock:
            self.sightings.pop(station, None)

    def listing(self):
        with self.sightings_lock:
            items = list(self.sightings.items())
        return [f"{name}: {level}" for name, (level, _) in items]

    def prune(self, cutoff):
        with self.sightings_lock:
            stale = [name for name, (_, seen) in self.sightings.items() if seen < cutoff]
        for name in stale:
            self.forget(name)


class Roster:
    """Made through its own accessor, which this program's main code calls: only the main code records
    and lists; the roster's thread only beats. The lock is a habit here, and the loop races nothing."""

    _shared = None

    @classmethod
    def shared(cls):
        if cls._shared is None:
            cls._shared = Roster()
        return cls._shared

    def __init__(self):
        self.names = {}
        self.names_lock = threading.Lock()
        self.beats = 0
        self.stopped = threading.Event()
        threading.Thread(target=self._beat, daemon=True).start()

    def _beat(self):
        while not self.stopped.wait(0.01):
            self.beats += 1

    def record(self, name):
        with self.names_lock:
            self.names[name] = len(self.names)

    def listing(self):
        return [f"{n}: {i}" for n, i in self.names.items()]


if __name__ == "__main__":
    roster = Roster.shared()
    for word in "a b c".split():
        roster.record(word)
    print(roster.listing())
    roster.stopped.set()
