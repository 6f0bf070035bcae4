"""ThreadPoolExecutor.submit with a module-level dict of counters (positive)."""
from concurrent.futures import ThreadPoolExecutor, as_completed

status_counts = {}


def fetch(url):
    status = 200 if url.endswith(".html") else 404
    status_counts[status] = status_counts.get(status, 0) + 1  # expect: GIL001
    return url, status


def crawl(urls):
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(fetch, u) for u in urls]
        for fut in as_completed(futures):
            print(*fut.result())
    return status_counts
