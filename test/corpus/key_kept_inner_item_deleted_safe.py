"""A timer wheel: its own thread tests that a slot's key is there and then reads the slot, while the
callers' `cancel()` deletes an item from the list kept under a key (`del self.slots[key][i]`), never the
key itself, under the wheel's lock, so the read cannot miss the key (negative)."""
import threading
import time


class TimerWheel(threading.Thread):
    def __init__(self, size):
        super().__init__(daemon=True)
        self.lock = threading.Lock()
        self.slots = {tick: [] for tick in range(size)}
        self.size = size

    def run(self):
        tick = 0
        while True:
            if tick in self.slots:
                print("due:", len(self.slots[tick]))
            tick = (tick + 1) % self.size
            time.sleep(1)

    def cancel(self, tick, name):
        with self.lock:
            names = self.slots[tick]
            if name in names:
                del self.slots[tick][names.index(name)]
