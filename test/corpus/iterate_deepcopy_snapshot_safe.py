"""The same downloader with one lock over the stores and the deep copy (negative)."""
import copy
import threading
import time
import urllib.request

bytes_by_host = {}
hosts_lock = threading.Lock()


def fetch(url):
    host = url.split("/")[2]
    with urllib.request.urlopen(url) as reply:
        size = len(reply.read())
    with hosts_lock:
        bytes_by_host[host] = size


def report():
    while True:
        with hosts_lock:
            seen = copy.deepcopy(bytes_by_host)
        print(sum(seen.values()), "bytes from", len(seen), "hosts")
        time.sleep(1)


threading.Thread(target=report, daemon=True).start()
for u in ["https://example.org/a", "https://example.net/b", "https://example.com/c"]:
    threading.Thread(target=fetch, args=(u,)).start()
