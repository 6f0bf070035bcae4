"""The same heartbeat, whose stop() waits for the thread before forgetting it, and a pump that keeps its thread and whose start() asks whether that thread is still alive (negative: no second thread while the first runs)."""
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
        if self._worker is not None:
            self._worker.join()
        self._worker = None


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
