"""A size test that only returns early, before the list is rebuilt from what it holds under the lock (`buf[:] = [m for m in buf if …]`): a stale answer changes nothing (negative: no findings)."""
import threading
import time


class Notifier:
    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    def add(self, text):
        with self.lock:
            self.messages.append({"text": text, "time": time.time()})

    def clean(self):
        if len(self.messages) == 0:
            return
        with self.lock:
            cutoff = time.time() - 15
            self.messages[:] = [m for m in self.messages if m["time"] > cutoff]

    def clear_if_any(self):
        if self.messages:
            with self.lock:
                self.messages[:] = []
