"""An item found by searching a shared list, then removed: another thread can remove it first (positive: shape 3, removal)."""
import threading


class Task:
    def __init__(self, ident):
        self.ident = ident


tasks = [Task(n) for n in range(10)]


def delete_task(ident):
    found = None
    for t in tasks:  # expect: GIL004
        if t.ident == ident:
            found = t
            break
    if found is None:
        return False
    tasks.remove(found)
    return True


def drop_all_matching(ident):
    for t in tasks:  # expect: GIL004
        if t.ident == ident:
            tasks.remove(t)


workers = [threading.Thread(target=delete_task, args=(3,)) for _ in range(3)]
workers += [threading.Thread(target=drop_all_matching, args=(4,)) for _ in range(3)]
for w in workers:
    w.start()
