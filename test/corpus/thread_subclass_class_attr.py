"""A Thread subclass bumping a class-level counter shared by all instances (positive)."""
import threading


class Crawler(threading.Thread):
    pages_crawled = 0

    def __init__(self, urls):
        super().__init__(daemon=True)
        self.urls = urls
        self.mine = 0

    def run(self):
        for url in self.urls:
            self.mine += 1
            Crawler.pages_crawled += 1  # expect: GIL001


def crawl(url_groups):
    crawlers = [Crawler(g) for g in url_groups]
    for c in crawlers:
        c.start()
    for c in crawlers:
        c.join()
    return Crawler.pages_crawled
