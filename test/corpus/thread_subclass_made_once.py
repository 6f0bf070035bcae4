"""One accept-loop Thread subclass, made and started once: it alone counts connections, and the main thread only counts itself before start() and reads after (negative: one thread)."""
import threading
import time

stats = {"threads": 0, "accepted": 0}


class Acceptor(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.running = True

    def run(self):
        while self.running:
            stats["accepted"] += 1
            time.sleep(0.01)


acceptor = Acceptor()
stats["threads"] += 1
acceptor.start()
time.sleep(0.05)
print(stats["accepted"])
