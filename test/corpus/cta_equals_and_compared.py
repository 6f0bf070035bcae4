"""A state claimed by an equality test, and a deadline cleared after an ordering test while another thread moves it (positive: GIL004 twice)."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Printer:
    def __init__(self):
        self.state = "idle"
        self.jobs_done = []

    def try_print(self, job):
        if self.state == "idle":  # expect: GIL004
            self.state = "busy"
            self.jobs_done.append(job)
            self.state = "idle"


class Watchdog:
    def __init__(self):
        self.deadline = 0.0

    def start(self):
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self):
        while True:
            if self.deadline > 0 and time.time() > self.deadline:  # expect: GIL004
                print("timed out")
                self.deadline = 0.0
            time.sleep(0.05)

    def kick(self, seconds):
        self.deadline = time.time() + seconds


printer = Printer()
with ThreadPoolExecutor(max_workers=4) as pool:
    for n in range(10):
        pool.submit(printer.try_print, n)
dog = Watchdog()
dog.start()
for _ in range(5):
    dog.kick(0.1)
    time.sleep(0.02)
