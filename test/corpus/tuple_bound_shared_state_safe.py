"""Names bound by tuple assignment inside the thread function are its own; tuple-bound shared state is locked (negative)."""
import threading

crawled, crawled_lock = set(), threading.Lock()


def fetch(url):
    host, parts = url.split("/", 1)[0], []
    parts.append(host)
    with crawled_lock:
        if url not in crawled:
            crawled.add(url)
    return parts


for u in ["a/x", "b/y", "a/x"]:
    threading.Thread(target=fetch, args=(u,)).start()
