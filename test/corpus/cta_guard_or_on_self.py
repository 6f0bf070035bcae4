"""A crawler's guard clause tests depth or membership, then marks the page visited, from its pool's threads (positive: GIL004)."""
from concurrent.futures import ThreadPoolExecutor


class Crawler:
    def __init__(self, limit):
        self.limit = limit
        self.visited = set()
        self.pool = ThreadPoolExecutor(max_workers=4)

    def crawl(self, url, depth=0):
        if depth > self.limit or url in self.visited:  # expect: GIL004
            return
        self.visited.add(url)
        for link in (url + "/a", url + "/b"):
            self.pool.submit(self.crawl, link, depth + 1)
