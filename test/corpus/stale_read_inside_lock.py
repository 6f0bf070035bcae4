"""The new id is taken while the lock is held, or the value re-read is a count shown to a user, not an identity (negative)."""
import threading

_id_lock = threading.Lock()
_last_id = 0
hits = 0
hits_lock = threading.Lock()


def next_request_id():
    global _last_id
    with _id_lock:
        _last_id += 1
        return _last_id


def next_order_id():
    global _last_id
    with _id_lock:
        _last_id += 1
        taken = _last_id
    return taken


def count_visit():
    global hits
    with hits_lock:
        hits += 1
    return hits


workers = [threading.Thread(target=lambda: (next_request_id(), next_order_id(), count_visit())) for _ in range(4)]
for w in workers:
    w.start()
