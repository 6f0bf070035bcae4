"""A frame broadcaster: a base class starts its thread on `poll()`, which each kind of source writes,
and the loop sends every frame to each subscriber by going through a copy of the subscriber keys and
reading each one's entry. unsubscribe(), called from the clients' own threads, removes entries: a key
can go after the copy is taken, and the read raises KeyError in the broadcast thread."""
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
        for key in list(self._subscribers.keys()):  # expect: GIL004
            entry = self._subscribers[key]
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
