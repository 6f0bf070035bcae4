"""Each call builds its own dict: nothing shared (negative: GIL004)."""
from concurrent.futures import ThreadPoolExecutor


def histogram(words):
    counts = {}
    for w in words:
        if w not in counts:
            counts[w] = 0
        counts[w] += 1
    return counts


with ThreadPoolExecutor() as ex:
    list(ex.map(histogram, [["a", "b"], ["a"]]))
