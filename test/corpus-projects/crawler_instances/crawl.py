"""Each thread crawls with its own Crawler; the module's page count is one for all of them."""
import threading

from spider import Crawler


def crawl_all(urls):
    threads = [threading.Thread(target=Crawler(url).crawl) for url in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
