"""The RPyC settings service again, with one lock of the service held over the loop and the store in
`publish()` and over the append in `subscribe()`: a subscriber added from another connection lands
before the loop or after the store, and is kept (negative)."""
import threading

import rpyc
from rpyc.utils.server import ThreadedServer


class SettingsService(rpyc.Service):
    def __init__(self):
        super().__init__()
        self._subscribers_lock = threading.Lock()
        self.settings = {}
        self.subscribers = []

    def subscribe(self, notify):
        with self._subscribers_lock:
            self.subscribers.append(notify)

    def publish(self, key, value):
        with self._subscribers_lock:
            self.settings[key] = value
            reachable = []
            for notify in self.subscribers:
                try:
                    notify(key, value)
                    reachable.append(notify)
                except EOFError:
                    pass
            self.subscribers = reachable


class SettingsServer:
    def __init__(self, port=18861):
        self.service = SettingsService()
        self.server = ThreadedServer(self.service, port=port, protocol_config={"allow_public_attrs": True})
        self.thread = threading.Thread(target=self.server.start, daemon=True)
        self.thread.start()
