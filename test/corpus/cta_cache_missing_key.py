"""A page cache filled by pooled downloads: test, fetch, then set, with no lock (positive: GIL004)."""
from concurrent.futures import ThreadPoolExecutor
from urllib.request import urlopen

pages = {}


def fetch(url):
    if url not in pages:  # expect: GIL004
        pages[url] = urlopen(url).read()
    return pages[url]


with ThreadPoolExecutor(max_workers=8) as pool:
    list(pool.map(fetch, ["http://a", "http://b", "http://a"]))
