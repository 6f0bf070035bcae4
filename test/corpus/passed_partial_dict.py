"""functools.partial binds one dict that every pooled call updates (positive: shape 2)."""
import functools
from concurrent.futures import ThreadPoolExecutor


def record(stats, word):
    stats["words"] += 1  # expect: GIL001
    stats["chars"] = stats["chars"] + len(word)  # expect: GIL001


def count(words):
    stats = {"words": 0, "chars": 0}
    with ThreadPoolExecutor() as pool:
        for w in words:
            pool.submit(functools.partial(record, stats), w)
    return stats
