"""Download threads count bytes per host in a module dict while a reporter thread takes deep copies of it each second (positive: deepcopy goes through the dict in Python code while hosts are added)."""
import copy
import threading
import time
import urllib.request

bytes_by_host = {}


def fetch(url):
    host = url.split("/")[2]
    with urllib.request.urlopen(url) as reply:
        bytes_by_host[host] = len(reply.read())


def report():
    while True:
        seen = copy.deepcopy(bytes_by_host)  # expect: GIL004
        print(sum(seen.values()), "bytes from", len(seen), "hosts")
        time.sleep(1)


threading.Thread(target=report, daemon=True).start()
for u in ["https://example.org/a", "https://example.net/b", "https://example.com/c"]:
    threading.Thread(target=fetch, args=(u,)).start()
