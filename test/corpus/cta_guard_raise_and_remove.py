"""Guard clauses that raise, and a removal guarded by `not in` … `return` (positive: shape 3)."""
import threading

accounts = {}
queue_names = []


class Taken(Exception):
    pass


def register(name):
    if name in accounts:  # expect: GIL004
        raise Taken(name)
    accounts[name] = {"name": name}


def cancel(name):
    if name not in queue_names:  # expect: GIL004
        return False
    queue_names.remove(name)
    return True


queue_names.extend(["a", "b"])
jobs = [threading.Thread(target=register, args=("ann",)) for _ in range(3)]
jobs += [threading.Thread(target=cancel, args=("a",)) for _ in range(3)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
