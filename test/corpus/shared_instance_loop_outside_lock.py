"""A station board that other modules ask for through `Board.shared()`: nothing in this file calls it,
so every public method is meant for the callers' threads, beside the board's own pruning thread.
Sightings are stored and dropped under the board's lock, but `listing()` and the pruner go through
the dict without it: a store made meanwhile stops the loop with RuntimeError (positive)."""
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
        return [f"{name}: {level}" for name, (level, _) in self.sightings.items()]  # expect: GIL004

    def prune(self, cutoff):
        stale = [name for name, (_, seen) in self.sightings.items() if seen < cutoff]  # expect: GIL004
        for name in stale:
            self.forget(name)
