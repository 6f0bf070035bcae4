"""A project's own executor, a ThreadPoolExecutor subclass imported from its utilities and named for
what it is: the tasks handed to it run on its threads, and the shared total loses updates (positive);
a class that only has "Executor" in its name, with no thread pool in it, is not taken for one (negative)."""
from .pools import BoundedThreadPoolExecutor, InlineExecutor

bytes_seen = 0
lines_seen = 0


def count_bytes(chunk):
    global bytes_seen
    bytes_seen += len(chunk)  # expect: GIL001


def count_lines(chunk):
    global lines_seen
    lines_seen += chunk.count(b"\n")


def scan(chunks):
    pool = BoundedThreadPoolExecutor(max_workers=4, queue_size=16)
    for chunk in chunks:
        pool.submit(count_bytes, chunk)
    pool.shutdown(wait=True)
    inline = InlineExecutor()
    for chunk in chunks:
        inline.submit(count_lines, chunk)
    return bytes_seen, lines_seen
