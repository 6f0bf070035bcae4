"""A decorator of the module's own runs every call of the function it wraps on a new thread (positive)."""
import threading
import urllib.request


def in_background(task):
    def start(*args, **kwargs):
        worker = threading.Thread(target=task, args=args, kwargs=kwargs, daemon=True)
        worker.start()
        return worker

    return start


pages_fetched = 0
sizes = {}


@in_background
def fetch(url):
    global pages_fetched
    with urllib.request.urlopen(url, timeout=10) as reply:
        body = reply.read()
    sizes[url] = len(body)
    pages_fetched += 1  # expect: GIL001


if __name__ == "__main__":
    workers = [fetch(u) for u in ("https://example.org", "https://example.com")]
    for w in workers:
        w.join()
    print(pages_fetched, sizes)
