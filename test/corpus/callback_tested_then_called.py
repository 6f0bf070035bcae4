"""A listener's own thread tests its callback attribute and then calls it, while `close()`, called from
another thread, sets it to None: the call can find None in between (positive: GIL004 once)."""
import threading


class Listener:
    def __init__(self, on_message):
        self.on_message = on_message
        self.worker = None

    def _pump(self):
        for n in range(1000):
            if self.on_message is not None:  # expect: GIL004
                self.on_message(n)

    def open(self):
        self.worker = threading.Thread(target=self._pump, daemon=True)
        self.worker.start()

    def close(self):
        self.on_message = None
