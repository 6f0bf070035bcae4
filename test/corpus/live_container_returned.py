"""A public method hands out the dict that the object's own thread adds to, as it is: a caller that
goes through it while the thread adds an entry fails with RuntimeError (positive)."""
import threading


class Receiver:
    def __init__(self, transport):
        self.transport = transport
        self._devices = {}
        self._running = threading.Event()
        self._thread = threading.Thread(target=self._receive, daemon=True)

    def connect(self):
        self._running.set()
        self._thread.start()

    def _receive(self):
        while self._running.is_set():
            packet = self.transport.read()
            self._devices[packet.device_id] = packet.device

    def devices(self):
        return self._devices  # expect: GIL004
