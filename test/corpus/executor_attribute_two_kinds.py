"""A downloader keeps its executor on self: a thread pool by default, a process pool on request. The thread pool's submits still run in threads (positive)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Downloader:
    def __init__(self):
        self.executor = ThreadPoolExecutor(max_workers=8)
        self.done = 0

    def use_processes(self):
        self.executor = ProcessPoolExecutor()

    def fetch(self, url):
        self.done += 1  # expect: GIL001
        return len(url)

    def fetch_all(self, urls):
        return [self.executor.submit(self.fetch, u) for u in urls]
