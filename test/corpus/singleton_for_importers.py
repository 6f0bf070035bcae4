"""A registry that a web app's handlers import as one module-level object: its sweeper thread rebuilds the table under the lock while `open_session()` adds to it without the lock (positive: GIL004 once)."""
import threading
import time
import uuid


class SessionRegistry:
    def __init__(self, ttl=600):
        self.ttl = ttl
        self.sessions = {}
        self.lock = threading.Lock()
        self.sweeper = threading.Thread(target=self._sweep, daemon=True)
        self.sweeper.start()

    def _sweep(self):
        while True:
            time.sleep(30)
            now = time.time()
            with self.lock:
                self.sessions = {sid: born for sid, born in self.sessions.items() if now - born < self.ttl}  # expect: GIL004

    def open_session(self):
        sid = uuid.uuid4().hex
        self.sessions[sid] = time.time()
        return sid


registry = SessionRegistry()
