"""A heartbeat sender whose thread is made in __init__ and started by start(), which raises the loop's
flag only after the start: the new thread tests the flag first, finds it False, and never beats."""
import threading
import time


class Heartbeat:
    def __init__(self, interval):
        self.interval = interval
        self.beating = False
        self.beats = 0
        self.sender = threading.Thread(target=self._beat, daemon=True)

    def _beat(self):
        while self.beating:
            self.beats += 1
            print("beat", self.beats)
            time.sleep(self.interval)

    def start(self):
        self.sender.start()
        self.beating = True  # expect: GIL006

    def stop(self):
        self.beating = False
        self.sender.join()


hb = Heartbeat(0.05)
hb.start()
time.sleep(0.3)
hb.stop()
