"""An Event used as a lock by threads that share it: tested, then set, then cleared (positive: GIL004 twice)."""
import threading
import time

oven_busy = threading.Event()


def bake(batch):
    if not oven_busy.is_set():  # expect: GIL004
        oven_busy.set()
        time.sleep(0.1)
        print("baked", batch)
        oven_busy.clear()


class Diner(threading.Thread):
    def __init__(self, name, table_taken):
        super().__init__(name=name)
        self.table_taken = table_taken

    def run(self):
        if not self.table_taken.is_set():  # expect: GIL004
            self.table_taken.set()
            time.sleep(0.2)
            self.table_taken.clear()


table = threading.Event()
for i in range(4):
    threading.Thread(target=bake, args=(i,)).start()
    Diner(f"diner {i}", table).start()
