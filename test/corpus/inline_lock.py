"""`with threading.Lock():` makes a new lock each time: it protects nothing (positive GIL002 and GIL001)."""
import threading

visits = 0


def visit(page):
    global visits
    with threading.Lock():  # expect: GIL002
        visits += 1  # expect: GIL001
    return page


def main(pages):
    threads = [threading.Thread(target=visit, args=(p,)) for p in pages]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
