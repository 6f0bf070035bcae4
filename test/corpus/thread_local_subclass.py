"""A subclass of threading.local gives each thread its own attributes, so updating them from many threads loses nothing (negative)."""
import threading
from threading import local


class RequestContext(threading.local):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.seen = []


class Scratch(local):
    pass


context = RequestContext()
scratch = Scratch()


def handle(n):
    context.depth += 1
    if n not in context.seen:
        context.seen.append(n)
    scratch.total = getattr(scratch, "total", 0) + n
    context.depth -= 1


threads = [threading.Thread(target=handle, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
