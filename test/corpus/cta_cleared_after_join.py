"""A port cleared only after the threads that use it are joined (negative), and one cleared while they still run (positive)."""
import threading
import time


class Printer:
    def __init__(self, port):
        self.port = port
        self.stopping = False
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.sender = threading.Thread(target=self._send, daemon=True)

    def connect(self):
        self.reader.start()
        self.sender.start()

    def _read(self):
        while not self.stopping:
            if self.port:
                self.port.read()
            time.sleep(0.01)

    def _send(self):
        while not self.stopping:
            if self.port is not None:
                self.port.write(b"M105\n")
            time.sleep(0.05)

    def disconnect(self):
        self.stopping = True
        self.reader.join()
        self.sender.join(timeout=2)
        self.port = None


class Scanner:
    def __init__(self, port):
        self.port = port
        self.worker = threading.Thread(target=self._scan, daemon=True)

    def start(self):
        self.worker.start()

    def _scan(self):
        while True:
            if self.port is not None:  # expect: GIL004
                self.port.read()
            time.sleep(0.01)

    def unplug(self):
        print(", ".join(["unplugging", "scanner"]))
        self.port = None
