"""The same tests under one lock, or in a thread that no other code touches the state beside (negative)."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Printer:
    def __init__(self):
        self.state = "idle"
        self.lock = threading.Lock()

    def try_print(self, job):
        with self.lock:
            if self.state == "idle":
                self.state = "busy"
            else:
                return
        print("printing", job)
        with self.lock:
            self.state = "idle"


class Cooldown:
    def __init__(self):
        self.until = 0.0

    def start(self):
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        for _ in range(20):
            if self.until < time.time():
                self.until = time.time() + 0.01
            time.sleep(0.005)


printer = Printer()
with ThreadPoolExecutor(max_workers=4) as pool:
    for n in range(10):
        pool.submit(printer.try_print, n)
Cooldown().start()
