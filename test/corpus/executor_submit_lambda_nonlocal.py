"""A closure submitted to a thread pool updates a nonlocal and a captured dict (positive)."""
from concurrent.futures import ThreadPoolExecutor


def summarize(records):
    total = 0
    by_kind = {}

    def add(rec):
        nonlocal total
        total += rec["amount"]  # expect: GIL001
        by_kind[rec["kind"]] = by_kind.get(rec["kind"], 0) + 1  # expect: GIL001

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(add, records))
    return total, by_kind
