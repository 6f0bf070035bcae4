"""One object starts two threads on two of its methods; both count errors in one dict (positive)."""
import threading
import time


class Collector:
    def __init__(self):
        self.stats = {"errors": 0, "read": 0}
        self.day = None
        self.running = True

    def roll_day(self, today):
        if self.day != today:  # expect: GIL004
            print("new table for", today)
            self.day = today

    def _collect(self):
        while self.running:
            try:
                self.roll_day(time.strftime("%Y%m%d"))
                self.stats["read"] += 1
            except OSError:
                self.stats["errors"] += 1  # expect: GIL001

    def _write(self):
        while self.running:
            try:
                self.roll_day(time.strftime("%Y%m%d"))
            except OSError:
                self.stats["errors"] += 1  # expect: GIL001

    def start(self):
        threading.Thread(target=self._collect, daemon=True).start()
        threading.Thread(target=self._write, daemon=True).start()


Collector().start()
time.sleep(0.05)
