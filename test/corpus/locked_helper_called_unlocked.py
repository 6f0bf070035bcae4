"""A reporter whose own thread calls its flush helper holding the lock, while flush_now() calls it bare (positive: GIL001)."""
import threading


class MetricsReporter:
    def __init__(self, send, every=5.0):
        self.send = send
        self.every = every
        self.pending = []
        self.sent_batches = 0
        self.guard = threading.Lock()
        self.stopping = threading.Event()
        self.worker = threading.Thread(target=self._loop, daemon=True)
        self.worker.start()

    def _loop(self):
        while not self.stopping.wait(self.every):
            with self.guard:
                self._drain()

    def _drain(self):
        if self.pending:
            self.send(list(self.pending))
            self.sent_batches += 1
        self.pending = []

    def record(self, name, value):
        with self.guard:
            self.pending.append((name, value))

    def flush_now(self):
        self._drain()  # expect: GIL001
