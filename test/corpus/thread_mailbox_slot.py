"""A thread's one-value mailbox: callers store a value, the thread uses it and empties the slot, no lock over both (positive: GIL001 twice)."""
import threading
import time


class Printer(threading.Thread):
    def __init__(self, device):
        super().__init__(daemon=True)
        self.device = device
        self.job = None
        self.running = True

    def run(self):
        while self.running:
            if self.job is not None:
                self.device.write(self.job)
                self.job = None  # expect: GIL001
            time.sleep(0.005)

    def submit(self, job):
        self.job = job

    def stop(self):
        self.running = False


class Display:
    def __init__(self, panel):
        self.panel = panel
        self.text = ""
        threading.Thread(target=self._refresh, daemon=True).start()

    def _refresh(self):
        with open("/dev/null", "w") as trace:
            while True:
                if self.text:
                    self.panel.show(self.text)
                    trace.write(self.text)
                    self.text = ""  # expect: GIL001
                time.sleep(0.02)

    def show(self, text):
        self.text = text
