"""Crawler threads that stop at a page they have seen (`if url in visited: break`) and record it
further down, inside a `try`: two threads can both find the page new and both fetch it (positive).
With one lock over the test and the record, claimed before the fetch, each page is fetched once
(negative)."""
import queue
import threading
import urllib.request

visited = []
claimed = set()
claim_lock = threading.Lock()


def crawl(pages):
    while True:
        url = pages.get()
        if url in visited:  # expect: GIL004
            break
        try:
            body = urllib.request.urlopen(url, timeout=5).read()
            visited.append(url)
            print(len(body))
        except OSError:
            pass


def crawl_once(pages):
    while True:
        url = pages.get()
        with claim_lock:
            if url in claimed:
                break
            claimed.add(url)
        try:
            print(len(urllib.request.urlopen(url, timeout=5).read()))
        except OSError:
            pass


if __name__ == "__main__":
    todo = queue.Queue()
    for target in (crawl, crawl_once):
        for _ in range(4):
            threading.Thread(target=target, args=(todo,), daemon=True).start()
