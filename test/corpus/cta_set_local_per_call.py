"""Each call builds its own set, so threads never share it (negative: GIL004)."""
from concurrent.futures import ThreadPoolExecutor


def unique_words(text):
    found = set()
    out = []
    for w in text.split():
        if w not in found:
            found.add(w)
            out.append(w)
    return out


with ThreadPoolExecutor() as ex:
    list(ex.map(unique_words, ["a b a", "c c d"]))
