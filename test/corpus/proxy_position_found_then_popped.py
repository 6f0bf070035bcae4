"""A view bot's pool tasks drop a dead proxy from two lists kept in step by position: the position is
found with `index()` and then popped from both. Another task's pop in between shifts the items after
it, so this one pops another proxy and the weights stop matching the proxies (positive)."""
from concurrent.futures import ThreadPoolExecutor
import random

proxies = ["10.0.0.1:80", "10.0.0.2:80", "10.0.0.3:80", "10.0.0.4:80"]
weights = [4, 3, 2, 1]


def drop_proxy(proxy):
    try:
        idx = proxies.index(proxy)
        proxies.pop(idx)  # expect: GIL004
        weights.pop(idx)
    except ValueError:
        pass


def visit(url):
    proxy = random.choices(proxies, weights=weights, k=1)[0]
    if random.random() < 0.5:
        drop_proxy(proxy)
    print("visited", url, "through", proxy)


with ThreadPoolExecutor(max_workers=4) as pool:
    for n in range(20):
        pool.submit(visit, "https://example.org/item/%d" % n)
