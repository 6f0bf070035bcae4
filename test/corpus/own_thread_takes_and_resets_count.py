"""A speed meter's own thread reads the bytes counted since its last report and then sets the count
back to 0, while the download calls add() from outside that thread: bytes added between the read and
the reset are never reported (positive). The steady meter takes and resets the count under the lock
that add() takes too (negative). Its thread is the target handed to Thread.__init__."""
import os
import threading
import time

SCREEN = os.open(os.devnull, os.O_WRONLY)


class SpeedMeter(threading.Thread):
    def __init__(self):
        super().__init__(target=self.report, daemon=True)
        self.since = 0
        self.reported = 0
        self.running = True

    def report(self):
        while self.running:
            chunk = self.since
            self.reported += chunk
            os.write(SCREEN, f"{chunk / 1024:.1f} KiB since the last report\n".encode())
            self.since = 0  # expect: GIL001
            time.sleep(0.0001)

    def add(self, n):
        self.since += n


class SteadyMeter(threading.Thread):
    def __init__(self):
        super().__init__(target=self.report, daemon=True)
        self.lock = threading.Lock()
        self.since = 0
        self.reported = 0
        self.running = True

    def report(self):
        while self.running:
            with self.lock:
                chunk = self.since
                self.since = 0
            self.reported += chunk
            os.write(SCREEN, f"{chunk / 1024:.1f} KiB since the last report\n".encode())
            time.sleep(0.0001)

    def add(self, n):
        with self.lock:
            self.since += n


for meter in (SpeedMeter(), SteadyMeter()):
    meter.start()
    for _ in range(100_000):
        meter.add(1)
    meter.running = False
    meter.join()
    print(type(meter).__name__, "counted", meter.reported + meter.since, "of 100000")
