"""A method fans out to a pool through a function defined inside it; that function reaches the method's `self` (positive: two updates, one through a method call, one directly)."""
from concurrent.futures import ThreadPoolExecutor


class LinkChecker:
    def __init__(self, urls):
        self.urls = urls
        self.failures = 0
        self.checked = 0

    def record_failure(self, url):
        print("failed:", url)
        self.failures += 1  # expect: GIL001

    def check_all(self):
        def probe(url):
            if not url.startswith("https://"):
                self.record_failure(url)
            self.checked = self.checked + 1  # expect: GIL001

        with ThreadPoolExecutor(max_workers=6) as pool:
            for url in self.urls:
                pool.submit(probe, url)
        return self.failures, self.checked
