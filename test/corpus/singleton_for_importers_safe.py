"""A registry that a web app's handlers import as one module-level object: the sweeper thread and `open_session()` both hold the lock over the table (negative)."""
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
                self.sessions = {sid: born for sid, born in self.sessions.items() if now - born < self.ttl}

    def open_session(self):
        sid = uuid.uuid4().hex
        with self.lock:
            self.sessions[sid] = time.time()
        return sid


registry = SessionRegistry()
