"""The heartbeat sender with its flag raised before the thread starts, and a poller that waits for a
go signal before its loop, so the store after the start comes first (negative)."""
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
            time.sleep(self.interval)

    def start(self):
        self.beating = True
        self.sender.start()

    def stop(self):
        self.beating = False
        self.sender.join()


class Poller:
    def __init__(self):
        self.polling = False
        self.go = threading.Event()
        self.worker = threading.Thread(target=self._poll, daemon=True)

    def _poll(self):
        self.go.wait()
        while self.polling:
            time.sleep(0.05)

    def start(self):
        self.worker.start()
        self.polling = True
        self.go.set()

    def stop(self):
        self.polling = False


hb = Heartbeat(0.05)
hb.start()
p = Poller()
p.start()
time.sleep(0.2)
hb.stop()
p.stop()
