"""A settings service shared over RPyC: one service object is handed to a ThreadedServer, so every
client connection calls it on a thread of its own. `publish()` goes through the subscribers, keeps
the ones still reachable in a new list and stores that list in place of the old one; a `subscribe()`
from another connection in between appends to the old list, and the store drops it (positive)."""
import threading

import rpyc
from rpyc.utils.server import ThreadedServer


class SettingsService(rpyc.Service):
    def __init__(self):
        super().__init__()
        self.settings = {}
        self.subscribers = []

    def subscribe(self, notify):
        self.subscribers.append(notify)

    def publish(self, key, value):
        self.settings[key] = value
        reachable = []
        for notify in self.subscribers:
            try:
                notify(key, value)
                reachable.append(notify)
            except EOFError:
                pass
        self.subscribers = reachable  # expect: GIL001


class SettingsServer:
    def __init__(self, port=18861):
        self.service = SettingsService()
        self.server = ThreadedServer(self.service, port=port, protocol_config={"allow_public_attrs": True})
        self.thread = threading.Thread(target=self.server.start, daemon=True)
        self.thread.start()
