"""Closures that a method starts on threads of their own, safely: each closure keeps a count nobody
else changes; two closures that share a count take the object's lock for it; a closure whose method
is started once and whose state only the closure changes."""
import threading
import time


class SerialLink:
    def __init__(self, port):
        self.port = port
        self.read_failures = 0
        self.write_failures = 0
        self.running = True

        def reader():
            while self.running:
                try:
                    self.port.read(64)
                except OSError:
                    self.read_failures += 1

        def writer():
            while self.running:
                try:
                    self.port.write(b"ping")
                except OSError:
                    self.write_failures += 1
                time.sleep(0.5)

        self.rx = threading.Thread(target=reader, daemon=True)
        self.tx = threading.Thread(target=writer, daemon=True)

    def open(self):
        self.rx.start()
        self.tx.start()

    def close(self):
        self.running = False


class LockedLink:
    def __init__(self, port):
        self.port = port
        self.failures = 0
        self._lock = threading.Lock()

        def reader():
            while True:
                try:
                    self.port.read(64)
                except OSError:
                    with self._lock:
                        self.failures += 1

        def writer():
            while True:
                try:
                    self.port.write(b"ping")
                except OSError:
                    with self._lock:
                        self.failures += 1

        threading.Thread(target=reader, daemon=True).start()
        threading.Thread(target=writer, daemon=True).start()


class Poller:
    def __init__(self, source):
        self.source = source
        self.seen = 0

    def start(self):
        def loop():
            while True:
                batch = self.source.fetch()
                self.seen = self.seen + len(batch)
                time.sleep(1)

        threading.Thread(target=loop, daemon=True).start()

    def report(self):
        return self.seen


def main(source):
    poller = Poller(source)
    poller.start()
    time.sleep(10)
    print(poller.report())
