"""Crawler threads share one catalog. The catalog is asked whether a page is known with no lock, and
the page is fetched and added under the lock: two threads can both find it unknown and both add it
(positive). The careful crawler asks again under the lock before it adds (negative)."""
import threading
import time


class Catalog:
    def __init__(self):
        self.pages = []

    def has_page(self, url):
        return url in self.pages

    def add_page(self, url):
        self.pages.append(url)


def fetch(url):
    time.sleep(0.001)
    return url


def crawl(catalog, lock, urls):
    for url in urls:
        if not catalog.has_page(url):  # expect: GIL004
            page = fetch(url)
            with lock:
                catalog.add_page(page)


def crawl_carefully(catalog, lock, urls):
    for url in urls:
        with lock:
            if catalog.has_page(url):
                continue
        page = fetch(url)
        with lock:
            if not catalog.has_page(page):
                catalog.add_page(page)


for crawler in (crawl, crawl_carefully):
    catalog, catalog_lock = Catalog(), threading.Lock()
    urls = [f"/page/{n}" for n in range(20)]
    threads = [threading.Thread(target=crawler, args=(catalog, catalog_lock, urls)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(crawler.__name__, len(catalog.pages) - len(set(catalog.pages)), "pages added twice or more")
