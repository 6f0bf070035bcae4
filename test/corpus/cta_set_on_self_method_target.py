"""A crawler object keeps its visited set on self; its method is the target of several threads (positive: GIL004 on an attribute)."""
import threading


class Crawler:
    def __init__(self, pages):
        self.pages = pages
        self.visited = set()

    def visit(self, url):
        if url not in self.visited:  # expect: GIL004
            self.visited.add(url)
            for link in self.pages.get(url, []):
                print(url, "->", link)

    def crawl(self, urls):
        threads = [threading.Thread(target=self.visit, args=(u,)) for u in urls]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
