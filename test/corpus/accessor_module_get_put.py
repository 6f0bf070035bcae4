"""A counter kept in a module dict, read and written back through two small helpers by pool workers (positive: shape 1)."""
from concurrent.futures import ThreadPoolExecutor

_store = {}


def fetch(name):
    if name in _store:
        return _store[name]
    return None


def save(name, value):
    _store[name] = value


def record_visit(page):
    seen = fetch(page)
    total = (seen or 0) + 1
    save(page, total)  # expect: GIL001
    return total


with ThreadPoolExecutor(max_workers=8) as pool:
    list(pool.map(record_visit, ["home"] * 100))
print(fetch("home"))
