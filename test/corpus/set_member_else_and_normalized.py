"""A crawler's threads share the sets of pages and sites seen. A page is tested as fetched and then
added in its normalised form, and a site is added in the `else` of a test that it is known: two
threads can both find it new and both queue its pages (positive, twice; and the list they pop from is
tested and then popped, positive). The test whose `else`
adds another set's item, and the one under the crawler's lock, are left alone (negative)."""
import threading


def normalize(url):
    return url.rstrip("/").lower()


class Crawler:
    def __init__(self, seeds, workers):
        self.todo = list(seeds)
        self.seen = set()
        self.sites = set()
        self.hosts = set()
        self.ports = set()
        self.lock = threading.Lock()
        self.workers = workers

    def run(self):
        threads = [threading.Thread(target=self.crawl) for _ in range(self.workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    def crawl(self):
        while self.todo:  # expect: GIL004
            url = self.todo.pop()
            if url in self.seen or not url:  # expect: GIL004
                continue
            self.seen.add(normalize(url))
            site = url.split("/")[2] if "//" in url else url
            if site in self.sites:  # expect: GIL004
                self.todo.append(url + "/next")
            else:
                self.todo.append(url + "/robots.txt")
                self.sites.add(site)
            host = site.split(":")[0]
            if host in self.hosts:
                continue
            else:
                self.ports.add(host)
            with self.lock:
                if site in self.ports:
                    continue
                else:
                    self.ports.add(site)
