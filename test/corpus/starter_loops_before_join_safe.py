"""The same functions, safe: they wait for their threads before going through what the threads
filled, or go through a copy taken under the lock the threads' changes hold; a list the threads only
append to is gone through after the join (negative)."""
import threading

prices = {}
prices_lock = threading.Lock()


def fetch_price(symbol):
    with prices_lock:
        prices[symbol] = len(symbol) * 1.5


def refresh(symbols):
    workers = [threading.Thread(target=fetch_price, args=(s,)) for s in symbols]
    for w in workers:
        w.start()
    with prices_lock:
        snapshot = list(prices.values())
    partial = sum(v for v in snapshot)
    for w in workers:
        w.join()
    total = sum(v for v in prices.values())
    return partial, total


def unique_words(pages):
    seen = set()
    order = []

    def read(page):
        for word in page.split():
            seen.add(word)
            order.append(word)

    readers = [threading.Thread(target=read, args=(p,)) for p in pages]
    for r in readers:
        r.start()
    for r in readers:
        r.join()
    return [w for w in seen if len(w) > 8], order
