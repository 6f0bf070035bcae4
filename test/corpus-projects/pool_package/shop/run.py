"""Prices fetched by a thread pool; the work and the tallies live in sibling modules."""
from concurrent.futures import ThreadPoolExecutor

from . import prices
from .tally import totals


def refresh(skus):
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(prices.fetch_price, skus))
        pool.submit(totals.reset_day)
    return totals.snapshot()
