"""The same view bot, but one lock covers the search, both pops and the pick, so no pop can shift
the lists between a task's `index()` and its own pops (negative)."""
from concurrent.futures import ThreadPoolExecutor
import random
import threading

proxies_lock = threading.Lock()

proxies = ["10.0.0.1:80", "10.0.0.2:80", "10.0.0.3:80", "10.0.0.4:80"]
weights = [4, 3, 2, 1]


def drop_proxy(proxy):
    with proxies_lock:
        try:
            idx = proxies.index(proxy)
            proxies.pop(idx)
            weights.pop(idx)
        except ValueError:
            pass


def visit(url):
    with proxies_lock:
        proxy = random.choices(proxies, weights=weights, k=1)[0]
    if random.random() < 0.5:
        drop_proxy(proxy)
    print("visited", url, "through", proxy)


with ThreadPoolExecutor(max_workers=4) as pool:
    for n in range(20):
        pool.submit(visit, "https://example.org/item/%d" % n)
