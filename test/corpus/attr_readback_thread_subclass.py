"""A Thread subclass stores back a class-level tally it read (positive: shape 1)."""
import threading


class Crawler(threading.Thread):
    pages = 0

    def __init__(self, urls):
        super().__init__()
        self.urls = urls

    def run(self):
        for _ in self.urls:
            before = Crawler.pages
            Crawler.pages = before + 1  # expect: GIL001


crawlers = [Crawler(["a", "b"]) for _ in range(3)]
for c in crawlers:
    c.start()
for c in crawlers:
    c.join()
