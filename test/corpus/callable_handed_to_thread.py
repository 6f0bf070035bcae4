"""A function or bound method handed to a thread's target as an argument, which the target calls: it runs on those threads (positive: GIL001 twice, GIL004 once)."""
import threading

ticks = 0


def tick():
    global ticks
    ticks += 1  # expect: GIL001


class Registry:
    def __init__(self):
        self.names = {}
        self.issued = 0

    def issue(self):
        self.issued += 1  # expect: GIL001
        return self.issued

    def claim(self, name):
        if name not in self.names:  # expect: GIL004
            self.names[name] = threading.get_ident()


def repeat(action, times):
    for _ in range(times):
        action()


def claim_all(claim, names):
    for n in names:
        claim(n)


registry = Registry()
workers = []
for _ in range(4):
    workers.append(threading.Thread(target=repeat, args=(tick, 1000)))
    workers.append(threading.Thread(target=repeat, args=(registry.issue, 1000)))
    workers.append(threading.Thread(target=claim_all, args=(registry.claim, ["a", "b"])))
for w in workers:
    w.start()
