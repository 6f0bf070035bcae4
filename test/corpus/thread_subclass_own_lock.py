"""Each thread of a Thread subclass makes its own lock in __init__, so holding it excludes no other thread (positive: GIL002 for the lock, GIL001 once, GIL004 once)."""
import threading

visits = 0
log = []


class Visitor(threading.Thread):
    def __init__(self):
        super().__init__()
        self.guard = threading.Lock()

    def run(self):
        global visits
        with self.guard:  # expect: GIL002
            visits += 1  # expect: GIL001
        self.guard.acquire()
        if len(log) < 10:  # expect: GIL004
            log.append(self.name)
        self.guard.release()


crowd = [Visitor() for _ in range(8)]
for v in crowd:
    v.start()
for v in crowd:
    v.join()
