"""A library class that takes its own lock around its state in some methods but not in others: no thread starts in this file, the lock says callers are on several threads (positive)."""
import threading


class DownloadStats:
    def __init__(self):
        self._lock = threading.Lock()
        self.finished = 0
        self.failed = 0
        self.bytes_by_host = {}

    def record_success(self, host, size):
        with self._lock:
            self.finished += 1
            self.bytes_by_host[host] = self.bytes_by_host.get(host, 0) + size

    def record_failure(self, host):
        self.failed += 1  # expect: GIL001
        with self._lock:
            self.finished += 0 if self.failed else 1

    def retry_succeeded(self):
        self.finished += 1  # expect: GIL001

    def first_host(self, host):
        if host not in self.bytes_by_host:  # expect: GIL004
            self.bytes_by_host[host] = 0

    def snapshot(self):
        with self._lock:
            return dict(self.bytes_by_host), self.finished, self.failed


class Gauge:
    def __init__(self):
        self._guard = threading.Lock()
        self._level = 0

    @property
    def level(self):
        with self._guard:
            return self._level

    @level.setter
    def level(self, value):
        with self._guard:
            self._level = value

    def rise(self, by):
        self.level += by  # expect: GIL001


class Quota:
    """Handed its lock (one for several quotas), or makes one."""

    def __init__(self, lock=None):
        if lock is None:
            lock = threading.Lock()
        self._lock = lock
        self.left = 10

    def take(self, n):
        with self._lock:
            self.left -= n

    def refund(self, n):
        self.left += n  # expect: GIL001
