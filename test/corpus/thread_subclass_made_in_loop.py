"""The same loop made once per port in a comprehension: several threads count into one item (positive)."""
import threading

stats = {"accepted": 0}


class Acceptor(threading.Thread):
    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port

    def run(self):
        for _ in range(100):
            stats["accepted"] += 1  # expect: GIL001


acceptors = [Acceptor(p) for p in (8000, 8001)]
for a in acceptors:
    a.start()
