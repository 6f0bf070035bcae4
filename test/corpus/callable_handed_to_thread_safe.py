"""Callables handed to thread targets: a locked method, and a function the target only stores for later, never calls (negative)."""
import threading


class Registry:
    def __init__(self):
        self._lock = threading.Lock()
        self.issued = 0

    def issue(self):
        with self._lock:
            self.issued += 1
            return self.issued


def repeat(action, times):
    for _ in range(times):
        action()


hooks = []
count = 0


def bump():
    global count
    count += 1


def register(hook):
    hooks.append(hook)


registry = Registry()
for _ in range(4):
    threading.Thread(target=repeat, args=(registry.issue, 100)).start()
    threading.Thread(target=register, args=(bump,)).start()
