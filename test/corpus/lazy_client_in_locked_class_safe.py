"""Lazy members of a class that takes its own lock: made under it, or a cached value where two equal results do no harm (negative)."""
import hashlib
import threading


class Session:
    pass


class Archive:
    def __init__(self, blob):
        self._lock = threading.Lock()
        self.reads = 0
        self.blob = blob
        self._session = None
        self._digest = None

    def session(self):
        with self._lock:
            self.reads += 1
            session = self._session
            if session is None:
                session = Session()
                self._session = session
        return session

    def digest(self):
        if self._digest is None:
            self._digest = hashlib.sha256(self.blob).hexdigest()
        return self._digest
