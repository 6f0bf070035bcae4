"""The metrics reporter again, with the first-use start made under the reporter's lock: the first
caller makes and starts the flusher, and every later caller finds it there (negative)."""
import threading
import time


class MetricsReporter:
    def __init__(self, sink, every=5.0):
        self.sink = sink
        self.every = every
        self._buffer_lock = threading.Lock()
        self._buffer = []
        self._flusher = None

    def record(self, name, value):
        with self._buffer_lock:
            if self._flusher is None:
                self._flusher = threading.Thread(target=self._flush_forever, daemon=True)
                self._flusher.start()
            self._buffer.append((name, value, time.time()))

    def _flush_forever(self):
        while True:
            time.sleep(self.every)
            with self._buffer_lock:
                batch, self._buffer = self._buffer, []
            if batch:
                self.sink.write(batch)
