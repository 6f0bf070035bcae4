import time

from .tally import totals

cache = {}


def fetch_price(sku):
    if sku not in cache:  # expect: GIL004
        time.sleep(0.01)
        cache[sku] = len(sku) * 3
    totals.count(cache[sku])
    return cache[sku]
