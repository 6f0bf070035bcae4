import threading
import urllib.request

import tally


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            reply.read()
        with tally.lock:
            tally.pages += 1
    except OSError:
        with tally.lock:
            tally.failures += 1


def fetch_all(urls):
    workers = [threading.Thread(target=fetch, args=(u,)) for u in urls]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(tally.pages, "pages,", tally.failures, "failures")
