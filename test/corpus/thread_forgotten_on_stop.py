"""A heartbeat sender and a pump whose stop() lowers the loop flag and forgets the thread without waiting; start() starts a new one whenever none is kept (positive: stop() then start() leaves the old thread, still in its sleep or its pull, to find the flag raised again and run beside the new one; an is_alive() test asks nothing of a thread already forgotten)."""
import threading
import time


class Heartbeat:
    def __init__(self, link, every=5.0):
        self.link = link
        self.every = every
        self._beating = False
        self._worker = None

    def start(self):
        if self._worker is not None:
            return
        self._beating = True

        def beat():
            while self._beating:
                self.link.send(b"ping")
                time.sleep(self.every)

        self._worker = threading.Thread(target=beat, daemon=True)
        self._worker.start()

    def stop(self):
        self._beating = False
        self._worker = None  # expect: GIL006


class Pump:
    def __init__(self, source):
        self.source = source
        self._pumping = False
        self._thread = None

    def start(self):
        if self._thread is not None and self._thread.is_alive():
            return
        self._pumping = True
        self._thread = threading.Thread(target=self._pump, daemon=True)
        self._thread.start()

    def _pump(self):
        while self._pumping:
            self.source.pull()

    def stop(self):
        self._pumping = False
        self._thread = None  # expect: GIL006
