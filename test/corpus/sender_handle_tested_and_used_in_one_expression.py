"""A sender that error reporters call from any thread: `send()` asks whether the background sender is
running with one expression that tests the handle and then uses it, while `shutdown()`, from another
thread, joins the sender and drops the handle. The join waits for the sender thread, not for the
callers, so a caller can find the handle set, then call `is_alive()` on None (positive)."""
import queue
import threading


class BackgroundSender:
    def __init__(self):
        self._jobs = queue.Queue()
        self._lock = threading.Lock()
        self._thread = None

    def running(self):
        return self._thread is not None and self._thread.is_alive()  # expect: GIL004

    def start(self):
        with self._lock:
            if not self.running():
                self._thread = threading.Thread(target=self._drain, daemon=True)
                self._thread.start()

    def shutdown(self):
        with self._lock:
            if self._thread is not None:
                self._jobs.put(None)
                self._thread.join(timeout=2)
                self._thread = None

    def send(self, report):
        if not self.running():
            self.start()
        self._jobs.put(report)

    def _drain(self):
        while True:
            report = self._jobs.get()
            if report is None:
                break
            print("sent", report)
