"""`from functools import partial` and `from threading import Thread` aliases (positive)."""
from functools import partial
from threading import Thread

errors = {"timeout": 0, "refused": 0}


def probe(kind, attempts):
    for _ in range(attempts):
        errors[kind] += 1  # expect: GIL001


workers = [Thread(target=partial(probe, kind, 500)) for kind in ("timeout", "refused", "timeout")]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(errors)
