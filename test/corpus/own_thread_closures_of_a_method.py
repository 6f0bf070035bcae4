"""Closures that a method defines and starts on threads of their own use the method's `self`: the
object is shared between them, and with the code that calls its methods meanwhile. A serial link whose
reader and writer closures both count failures (positive), and a poller whose loop, a closure started
in `start()`, adds to a count that `reset()` sets back while it runs (positive)."""
import threading
import time


class SerialLink:
    def __init__(self, port):
        self.port = port
        self.failures = 0
        self.running = True

        def reader():
            while self.running:
                try:
                    self.port.read(64)
                except OSError:
                    self.failures += 1  # expect: GIL001

        def writer():
            while self.running:
                try:
                    self.port.write(b"ping")
                except OSError:
                    self.failures += 1  # expect: GIL001
                time.sleep(0.5)

        self.rx = threading.Thread(target=reader, daemon=True)
        self.tx = threading.Thread(target=writer, daemon=True)

    def open(self):
        self.rx.start()
        self.tx.start()


class Poller:
    def __init__(self, source):
        self.source = source
        self.seen = 0

    def start(self):
        def loop():
            while True:
                batch = self.source.fetch()
                self.seen = self.seen + len(batch)  # expect: GIL001
                time.sleep(1)

        threading.Thread(target=loop, daemon=True).start()

    def reset(self):
        self.seen = 0


def main(source):
    poller = Poller(source)
    poller.start()
    time.sleep(10)
    poller.reset()
