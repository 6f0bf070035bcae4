"""A Thread subclass whose lock, made in __init__, is taken by its run() and by the helper thread that run() starts on another of its methods (negative: no findings)."""
import threading
import time


class Stall(threading.Thread):
    def __init__(self):
        super().__init__()
        self.shelf_lock = threading.Lock()
        self.shelf = 0

    def restock(self):
        while True:
            with self.shelf_lock:
                self.shelf += 5
            time.sleep(0.01)

    def run(self):
        threading.Thread(target=self.restock, daemon=True).start()
        for _ in range(10):
            with self.shelf_lock:
                if self.shelf > 0:
                    self.shelf -= 1


stalls = [Stall() for _ in range(3)]
for s in stalls:
    s.start()
