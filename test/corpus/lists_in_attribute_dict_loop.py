"""A subscription registry that keeps a list of callbacks per device in a dict; its poll thread goes through a device's list while the registry's users remove callbacks from it (positive: GIL004 twice)."""
import threading
import time
from collections import defaultdict


class Subscriptions:
    def __init__(self, devices):
        self.devices = devices
        self.callbacks = defaultdict(list)
        self.watchers = {}
        threading.Thread(target=self._poll, daemon=True).start()

    def subscribe(self, device, callback):
        self.callbacks[device].append(callback)
        self.watchers.setdefault(device, []).append(callback)

    def unsubscribe(self, device, callback):
        self.callbacks[device].remove(callback)
        self.watchers[device].remove(callback)

    def _poll(self):
        while True:
            for device in self.devices:
                for callback in self.callbacks.get(device, ()):  # expect: GIL004
                    callback(device)
                for callback in self.watchers[device]:  # expect: GIL004
                    callback(device)
            time.sleep(1)
