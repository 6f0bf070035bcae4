"""The same frame broadcaster reading each entry with `get()`: an entry removed after the copy was
taken is skipped, not a KeyError."""
import threading
import time
from abc import ABC, abstractmethod


class Broadcaster(ABC):
    def __init__(self):
        self._subscribers = {}
        self._stopped = False

    def subscribe(self, key, sink):
        self._subscribers[key] = {"sink": sink, "every": 1}

    def unsubscribe(self, key):
        self._subscribers.pop(key, None)

    def start(self):
        threading.Thread(target=self.poll, daemon=True).start()

    def broadcast(self, frame):
        for key in list(self._subscribers.keys()):
            entry = self._subscribers.get(key)
            if entry is not None:
                entry["sink"].send(frame)

    @abstractmethod
    def poll(self):
        pass


class CameraBroadcaster(Broadcaster):
    def __init__(self, camera):
        super().__init__()
        self.camera = camera

    def poll(self):
        while not self._stopped:
            self.broadcast(self.camera.read())
            time.sleep(0.04)
