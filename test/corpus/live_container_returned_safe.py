"""Handing out what an object's own thread fills, safely: a copy made under the lock the thread takes;
a list the thread appends to (going through a list while another thread appends does not fail); a
dict the thread only reads."""
import threading


class Receiver:
    def __init__(self, transport):
        self.transport = transport
        self._devices = {}
        self._log = []
        self._names = {"hub": "Hub"}
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._receive, daemon=True)

    def connect(self):
        self._thread.start()

    def _receive(self):
        while True:
            packet = self.transport.read()
            with self._lock:
                self._devices[packet.device_id] = packet.device
            self._log.append(packet)
            print(self._names.get(packet.device_id))

    def devices(self):
        with self._lock:
            return dict(self._devices)

    def log(self):
        return self._log

    def names(self):
        return self._names
