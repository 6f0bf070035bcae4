"""Two threads of one object, each with its own counters; a day check under the object's lock (negative)."""
import threading


class Collector:
    def __init__(self):
        self.read = 0
        self.written = 0
        self.day = None
        self.lock = threading.Lock()

    def roll_day(self, today):
        with self.lock:
            if self.day != today:
                self.day = today

    def _collect(self):
        for _ in range(100):
            self.roll_day("d1")
            self.read += 1

    def _write(self):
        for _ in range(100):
            self.roll_day("d1")
            self.written += 1

    def start(self):
        threading.Thread(target=self._collect).start()
        threading.Thread(target=self._write).start()


Collector().start()
