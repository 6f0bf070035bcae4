"""State bound by tuple assignment (`a, b = x, set()`), at module level and in the function around a closure, then changed by threads (positive: GIL004 once, GIL001 once)."""
import threading
from concurrent.futures import ThreadPoolExecutor

max_depth, crawled = 3, set()


def fetch(url):
    if url not in crawled:  # expect: GIL004
        crawled.add(url)


def tally(words):
    limit, counts = 100, {"seen": 0}

    def count(word):
        if len(word) < limit:
            counts["seen"] += 1  # expect: GIL001

    with ThreadPoolExecutor(max_workers=4) as pool:
        pool.map(count, words)
    return counts


for u in ["a", "b", "a"]:
    threading.Thread(target=fetch, args=(u,)).start()
