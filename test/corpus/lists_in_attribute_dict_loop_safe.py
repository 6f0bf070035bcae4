"""The same registry, with one lock over the changes and a copy of each list taken under it for the loop (negative)."""
import threading
import time
from collections import defaultdict


class Subscriptions:
    def __init__(self, devices):
        self.devices = devices
        self.callbacks = defaultdict(list)
        self.lock = threading.Lock()
        threading.Thread(target=self._poll, daemon=True).start()

    def subscribe(self, device, callback):
        with self.lock:
            self.callbacks[device].append(callback)

    def unsubscribe(self, device, callback):
        with self.lock:
            self.callbacks[device].remove(callback)

    def _poll(self):
        while True:
            for device in self.devices:
                with self.lock:
                    callbacks = list(self.callbacks.get(device, ()))
                for callback in callbacks:
                    callback(device)
            time.sleep(1)
