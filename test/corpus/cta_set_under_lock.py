"""The test and the add happen under one lock; the slow work runs after it (negative: GIL004)."""
import threading

visited = set()
visited_lock = threading.Lock()


def index(doc):
    return len(doc)


def handle(doc):
    with visited_lock:
        if doc in visited:
            return 0
        if doc not in visited:
            visited.add(doc)
    return index(doc)


workers = [threading.Thread(target=handle, args=(d,)) for d in ("a", "b", "a")]
for w in workers:
    w.start()
