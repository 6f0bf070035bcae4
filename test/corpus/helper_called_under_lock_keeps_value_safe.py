"""A buffered reader in the style of a low-level I/O module: its lock comes from `_thread`, and the
helper that refills the buffer keeps the new bytes on the object and reads them back, but every caller
holds the reader's lock around the call, so one call at a time runs it."""
from _thread import allocate_lock


class ChunkReader:
    def __init__(self, source, size=4096):
        self.source = source
        self.size = size
        self._buf = b""
        self._pos = 0
        self._lock = allocate_lock()

    def peek(self, n=0):
        with self._lock:
            return self._refill(n)

    def read(self, n):
        with self._lock:
            self._refill(n)
            out = self._buf[self._pos:self._pos + n]
            self._pos += len(out)
            return out

    def _refill(self, n):
        have = len(self._buf) - self._pos
        if have < n:
            more = self.source.read(self.size)
            self._buf = self._buf[self._pos:] + more
            self._pos = 0
        return self._buf[self._pos:]
