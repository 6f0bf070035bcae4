"""A class that takes its own lock for its counters but makes its HTTP session lazily outside it (positive: GIL004 twice)."""
import threading
import urllib.request


class Opener:
    def __init__(self, ua):
        self.ua = ua


class WebhookSender:
    def __init__(self, url):
        self.url = url
        self._stats_lock = threading.Lock()
        self.sent = 0
        self._opener = None
        self._backup = None

    def send(self, body):
        with self._stats_lock:
            self.sent += 1
        if self._opener is None:  # expect: GIL004
            self._opener = Opener("gil-lab")
        return urllib.request.Request(self.url, data=body)

    def send_backup(self, body):
        backup = self._backup
        if backup is None:  # expect: GIL004
            backup = Opener("backup")
            self._backup = backup
        with self._stats_lock:
            self.sent += 1
        return backup, body
