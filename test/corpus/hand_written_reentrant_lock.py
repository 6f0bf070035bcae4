"""A reentrant lock written by hand over a plain Lock: acquire() takes the inner lock and keeps it,
release() lets it go, and the owner's count changes only while its thread holds the inner lock
(negative). A "permit pool" whose acquire() and release() only count, with no lock inside, loses
counts when threads take and return permits at once (positive)."""
import threading


class OwnedLock:
    def __init__(self):
        self._inner = threading.Lock()
        self._owner = None
        self._depth = 0

    def acquire(self):
        me = threading.get_ident()
        if self._owner == me:
            self._depth += 1
            return
        self._inner.acquire()
        self._owner = me
        self._depth = 1

    def release(self):
        if self._owner != threading.get_ident():
            raise RuntimeError("not the owner")
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
            self._inner.release()


class PermitPool:
    def __init__(self, permits):
        self.free = permits

    def acquire(self):
        while self.free <= 0:
            pass
        self.free -= 1  # expect: GIL001

    def release(self):
        self.free += 1  # expect: GIL001


guard = OwnedLock()
permits = PermitPool(2)


def nested(depth):
    guard.acquire()
    if depth:
        nested(depth - 1)
    guard.release()


def use_permit():
    permits.acquire()
    permits.release()


if __name__ == "__main__":
    threads = [threading.Thread(target=nested, args=(3,)) for _ in range(4)]
    threads += [threading.Thread(target=use_permit) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
