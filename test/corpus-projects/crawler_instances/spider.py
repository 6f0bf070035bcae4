import urllib.request

pages_fetched = 0


class Crawler:
    def __init__(self, url):
        self.url = url
        self.bytes = 0

    def crawl(self):
        global pages_fetched
        with urllib.request.urlopen(self.url) as reply:
            self.bytes += len(reply.read())
        pages_fetched += 1  # expect: GIL001
