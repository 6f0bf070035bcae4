"""A function that starts threads and goes through what they fill before it waits for them: a
module-level dict of prices, and a set its own closure adds to. The loop can fail with RuntimeError
(the dict or set changed size during iteration) or miss items (positive)."""
import threading

prices = {}


def fetch_price(symbol):
    prices[symbol] = len(symbol) * 1.5


def refresh(symbols):
    workers = [threading.Thread(target=fetch_price, args=(s,)) for s in symbols]
    for w in workers:
        w.start()
    cheapest = min(prices.values(), default=None)  # expect: GIL006
    total = sum(v for v in prices.values())  # expect: GIL004
    for w in workers:
        w.join()
    return cheapest, total


def unique_words(pages):
    seen = set()

    def read(page):
        for word in page.split():
            seen.add(word)

    readers = [threading.Thread(target=read, args=(p,)) for p in pages]
    for r in readers:
        r.start()
    long_words = [w for w in seen if len(w) > 8]  # expect: GIL004
    for r in readers:
        r.join()
    return long_words
