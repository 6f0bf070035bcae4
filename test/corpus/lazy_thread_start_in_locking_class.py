"""A metrics reporter that starts its flush thread the first time something is recorded. `record()` is
called from the application's request threads (the class takes its lock around the buffer for them),
and the test `self._flusher is None` and the start are not under that lock: two first calls can each
make and start a flusher (positive)."""
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
        if self._flusher is None:  # expect: GIL004
            self._flusher = threading.Thread(target=self._flush_forever, daemon=True)
            self._flusher.start()
        with self._buffer_lock:
            self._buffer.append((name, value, time.time()))

    def _flush_forever(self):
        while True:
            time.sleep(self.every)
            with self._buffer_lock:
                batch, self._buffer = self._buffer, []
            if batch:
                self.sink.write(batch)
