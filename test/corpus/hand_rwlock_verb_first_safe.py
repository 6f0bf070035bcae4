"""A readers-writer lock written by hand, taken with `acquire_write()` and given back with `release_write()`: every update of the shared state is between the two (negative)."""
import threading


class ReadWriteLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    def acquire_read(self):
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._readers += 1

    def release_read(self):
        with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    def acquire_write(self):
        with self._cond:
            while self._writing or self._readers:
                self._cond.wait()
            self._writing = True

    def release_write(self):
        with self._cond:
            self._writing = False
            self._cond.notify_all()


guard = ReadWriteLock()
scores = {}
updates = 0


def post(player, points):
    global updates
    for _ in range(200):
        guard.acquire_write()
        scores[player] = scores.get(player, 0) + points
        updates += 1
        guard.release_write()


def show():
    for _ in range(200):
        guard.acquire_read()
        best = max(scores.values(), default=0)
        guard.release_read()
        print(best)


threads = [threading.Thread(target=post, args=(name, 3)) for name in ("ann", "bo")]
threads.append(threading.Thread(target=show))
for t in threads:
    t.start()
for t in threads:
    t.join()
