"""Chapters handed to a thread pool from a `while` loop that counts up, each task given its own
number: as the lambda's default, and as submit()'s argument (negative)."""
from concurrent.futures import ThreadPoolExecutor


def fetch_chapter(url):
    print("fetching", url)


def fetch_all(urls, first, last):
    with ThreadPoolExecutor(max_workers=8) as pool:
        n = first
        while n < last:
            pool.submit(lambda n=n: fetch_chapter(urls[n]))
            n += 1
        k = first
        while k < last:
            pool.submit(fetch_chapter, urls[k])
            k += 1
