"""Objects imported from another module of the package are one for the whole program (positive).

(A file of a package: `from .store import …` needs the package to run; the analysis reads it alone.)
"""
import threading

from .store import catalog, stats, LIMITS


def buy(code):
    for item in catalog:
        if item.code == code and item.stock > 0:
            item.stock -= 1  # expect: GIL001
            stats.sold += 1  # expect: GIL001
            return True
    stats.misses += 1  # expect: GIL001
    return False


def limit_for(code):
    return LIMITS.get(code, 1)


buyers = [threading.Thread(target=buy, args=("a",)) for _ in range(8)]
for b in buyers:
    b.start()
