"""A class whose constructor starts a thread on its own `start()` method; the program only adds to its list and never
calls `start()` itself, so one thread takes and the others only append (negative: no finding)."""
import threading
import time


class Announcer:
    def __init__(self):
        self.pending = []
        self.worker = threading.Thread(target=self.start, daemon=True)
        self.worker.start()

    def queue(self, text):
        self.pending.append(text)

    def start(self):
        while True:
            while self.pending:
                text = self.pending.pop(0)
                print("now boarding:", text)
            time.sleep(0.05)


desk = Announcer()
desk.queue("gate 4")
desk.queue("gate 9")
time.sleep(0.2)
