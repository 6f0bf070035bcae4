"""The callback taken into a local once, tested and called through that local; and a second listener
whose `close()` waits for its thread before it drops the callback (negative: no findings)."""
import threading


class Listener:
    def __init__(self, on_message):
        self.on_message = on_message
        self.worker = None

    def _pump(self):
        for n in range(1000):
            callback = self.on_message
            if callback is not None:
                callback(n)

    def open(self):
        self.worker = threading.Thread(target=self._pump, daemon=True)
        self.worker.start()

    def close(self):
        self.on_message = None


class JoiningListener:
    def __init__(self, on_message):
        self.on_message = on_message
        self.worker = None

    def _pump(self):
        for n in range(1000):
            if self.on_message is not None:
                self.on_message(n)

    def open(self):
        self.worker = threading.Thread(target=self._pump)
        self.worker.start()

    def close(self):
        self.worker.join()
        self.on_message = None
