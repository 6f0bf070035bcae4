"""A checker fills a module-level set from pool tasks, and the main program goes through it only after
the `with ThreadPoolExecutor()` block, whose end waits for every task (negative)."""
from concurrent.futures import ThreadPoolExecutor

import urllib.request

free_names = set()


def probe(name):
    try:
        urllib.request.urlopen(f"https://example.invalid/{name}", timeout=5)
    except OSError:
        free_names.add(name)


def main(names):
    with ThreadPoolExecutor(max_workers=16) as pool:
        for name in names:
            pool.submit(probe, name)
    for name in sorted(free_names):
        print("free:", name)


with ThreadPoolExecutor(max_workers=4) as pool:
    pool.map(probe, ["ada", "bob"])
for name in free_names:
    print(name)
