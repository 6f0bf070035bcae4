"""A class attribute read into a local and stored back by thread code (positive: shape 1)."""
import threading


class PageViews:
    total = 0


def visit():
    seen = PageViews.total
    PageViews.total = seen + 1  # expect: GIL001


workers = [threading.Thread(target=visit) for _ in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()
