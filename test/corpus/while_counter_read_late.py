"""Chapters handed to a thread pool from a `while` loop that counts up: the lambda reads the counter
when a worker runs it, by then moved on, so chapters are fetched twice or skipped (positive)."""
from concurrent.futures import ThreadPoolExecutor


def fetch_chapter(url):
    print("fetching", url)


def fetch_all(urls, first, last):
    with ThreadPoolExecutor(max_workers=8) as pool:
        n = first
        while n < last:
            pool.submit(lambda: fetch_chapter(urls[n]))  # expect: GIL007
            n += 1
