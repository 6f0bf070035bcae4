"""Each object starts one background thread on its own method in __init__; that thread alone updates the object's counters (negative: one thread per object)."""
import threading
import time


class Heartbeat:
    def __init__(self, name):
        self.name = name
        self.beats = 0
        self.missed = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            if time.monotonic() % 2 < 1:
                self.beats += 1
            else:
                self.missed = self.missed + 1
            time.sleep(0.01)

    def stop(self):
        self._stop.set()
        self._thread.join()
        return self.beats, self.missed


monitors = [Heartbeat(n) for n in ("db", "cache", "queue")]
time.sleep(0.05)
print([m.stop() for m in monitors])
