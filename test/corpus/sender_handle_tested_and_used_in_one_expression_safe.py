"""The same sender, but `running()` reads the handle once into a local and tests and uses that: a
shutdown on another thread can drop the handle, but not the thread this call already holds (negative)."""
import queue
import threading


class BackgroundSender:
    def __init__(self):
        self._jobs = queue.Queue()
        self._lock = threading.Lock()
        self._thread = None

    def running(self):
        thread = self._thread
        return thread is not None and thread.is_alive()

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
