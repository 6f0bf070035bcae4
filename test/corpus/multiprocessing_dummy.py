"""multiprocessing.dummy.Pool is a thread pool too (positive)."""
import multiprocessing.dummy

seen = 0


def visit(node):
    global seen
    seen += 1  # expect: GIL001
    return node * 2


def main():
    pool = multiprocessing.dummy.Pool(4)
    try:
        results = pool.imap_unordered(visit, range(100))
        return sorted(results), seen
    finally:
        pool.close()
        pool.join()
