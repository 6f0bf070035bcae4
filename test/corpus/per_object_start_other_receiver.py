"""The same fetcher, but one object's fetch() is called for every file, so its retry counter is shared by every thread it starts (positive: GIL001)."""
import threading


class HttpClient:
    def __init__(self, base):
        self.base = base

    def fetch(self, path):
        return self.base + path


class Fetcher:
    def __init__(self, base):
        self.base = base
        self.attempts = 0

    def fetch(self, path):
        threading.Thread(target=self._work, args=(path,), daemon=True).start()

    def _work(self, path):
        while self.attempts < 3:
            client = HttpClient(self.base)
            try:
                client.fetch(path)
                return
            except OSError:
                self.attempts += 1  # expect: GIL001


def fetch_all(paths, base):
    fetcher = Fetcher(base)
    for path in paths:
        fetcher.fetch(path)
    return fetcher
