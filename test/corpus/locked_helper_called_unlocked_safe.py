"""The same reporter with every call of the helper under the lock, a close() that joins the thread first, and a helper that takes the lock itself (negative)."""
import threading


class MetricsReporter:
    def __init__(self, send, every=5.0):
        self.send = send
        self.every = every
        self.pending = []
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
        self.pending = []

    def record(self, name, value):
        with self.guard:
            self.pending.append((name, value))

    def flush_now(self):
        with self.guard:
            self._drain()

    def close(self):
        self.stopping.set()
        self.worker.join()
        self._drain()


class SelfLockingReporter:
    def __init__(self, send):
        self.send = send
        self.pending = []
        self.guard = threading.Lock()
        threading.Thread(target=self._loop, daemon=True).start()

    def _loop(self):
        while True:
            with self.guard:
                self.pending.append("tick")
            self._drain()

    def _drain(self):
        with self.guard:
            batch, self.pending = self.pending, []
        self.send(batch)

    def flush_now(self):
        self._drain()
