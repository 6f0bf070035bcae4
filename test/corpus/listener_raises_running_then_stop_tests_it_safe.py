"""The same key listener, but `start()` raises the running flag before it starts the thread: a `stop()`
right after `start()` finds it raised and stops the listener (negative)."""
import queue
import threading


class KeyListener(threading.Thread):
    def __init__(self, on_key):
        super().__init__(daemon=True)
        self.on_key = on_key
        self._running = False
        self._keys = queue.Queue()

    @property
    def running(self):
        return self._running

    def stop(self):
        if self._running:
            self._running = False
            self._keys.put(None)

    def press(self, key):
        self._keys.put(key)

    def start(self):
        self._running = True
        super().start()

    def run(self):
        self._listen()

    def _listen(self):
        for key in iter(self._keys.get, None):
            self.on_key(key)
