"""A fetcher made afresh for each file, whose fetch() starts its one thread; its retry loop calls a client's own fetch(), which is not the fetcher's (negative)."""
import threading


class HttpClient:
    def __init__(self, base):
        self.base = base

    def fetch(self, path):
        return self.base + path


class Fetcher:
    def __init__(self, path, base):
        self.path = path
        self.base = base
        self.attempts = 0
        self.thread = None

    def fetch(self):
        self.thread = threading.Thread(target=self._work, daemon=True)
        self.thread.start()

    def _work(self):
        while self.attempts < 3:
            client = HttpClient(self.base)
            try:
                client.fetch(self.path)
                return
            except OSError:
                self.attempts += 1


def fetch_all(paths, base):
    fetchers = []
    for path in paths:
        fetcher = Fetcher(path, base)
        fetcher.fetch()
        fetchers.append(fetcher)
    return fetchers
