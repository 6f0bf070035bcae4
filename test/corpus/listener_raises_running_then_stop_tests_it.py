"""A key listener, a Thread subclass a library hands its users: `run()` raises the running flag on the
new thread and then listens; `stop()` stops only when it finds the flag raised. A user who starts the
listener and stops it at once can call `stop()` before the thread has run its first line: the stop
sees the flag down, does nothing, and the listener then listens for ever (positive)."""
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

    def run(self):
        self._running = True  # expect: GIL006
        self._listen()

    def _listen(self):
        for key in iter(self._keys.get, None):
            self.on_key(key)
