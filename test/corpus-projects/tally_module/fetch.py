import threading
import urllib.request

import tally


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            reply.read()
        tally.pages += 1  # expect: GIL001
    except OSError:
        tally.failures += 1  # expect: GIL001


def fetch_all(urls):
    workers = [threading.Thread(target=fetch, args=(u,)) for u in urls]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(tally.pages, "pages,", tally.failures, "failures")
