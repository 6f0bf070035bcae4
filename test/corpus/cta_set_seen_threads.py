"""Pooled workers skip pages already seen, testing and adding with no lock (positive: GIL004)."""
from concurrent.futures import ThreadPoolExecutor

seen = set()


def render(page):
    return f"<h1>{page}</h1>"


def visit(page):
    if page not in seen:  # expect: GIL004
        seen.add(page)
        return render(page)
    return None


with ThreadPoolExecutor(max_workers=4) as pool:
    list(pool.map(visit, ["home", "about", "home", "faq"]))
