"""A class starts threads on its own method (positive: self attributes)."""
import threading


class Downloader:
    def __init__(self, urls):
        self.urls = urls
        self.completed = 0
        self.sizes = {}

    def _download(self, url):
        size = len(url) * 1024
        self.sizes[url] = size
        self.completed += 1  # expect: GIL001

    def run(self):
        threads = [threading.Thread(target=self._download, args=(u,)) for u in self.urls]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return self.completed
