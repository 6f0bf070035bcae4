"""An id taken by re-reading the counter after the lock is let go: two callers can get the same id (positive: GIL004 three times)."""
import itertools
import threading

_id_lock = threading.Lock()
_last_id = 0


def next_request_id():
    global _last_id
    with _id_lock:
        _last_id += 1
    return _last_id  # expect: GIL004


class TicketDesk:
    def __init__(self):
        self._lock = threading.Lock()
        self.ticket = 0

    def take_ticket(self):
        self._lock.acquire()
        self.ticket += 1
        self._lock.release()
        return self.ticket  # expect: GIL004


desk = TicketDesk()
issued = []


def customer():
    for _ in range(100):
        issued.append((next_request_id(), desk.take_ticket()))


class Sequence:
    def __init__(self):
        self._guard = threading.Lock()
        self._seq = 0

    def next(self):
        with self._guard:
            self._seq += 1
        return self._seq  # expect: GIL004


crowd = [threading.Thread(target=customer) for _ in range(4)]
for c in crowd:
    c.start()
for c in crowd:
    c.join()
counter = itertools.count()
