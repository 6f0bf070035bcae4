"""Removals that cannot fail or cannot interleave: under the lock, in one call, or by one thread (negative: shape 3, removal)."""
import threading

members = []
members_lock = threading.Lock()
nicknames = {}
seen = set()
log = []


def leave(conn):
    with members_lock:
        if conn in members:
            members.remove(conn)
    nicknames.pop(conn, None)
    seen.discard(conn)


def kick(conn):
    with members_lock:
        for m in members:
            if m == conn:
                members.remove(m)
                break


def serve(conn):
    with members_lock:
        members.append(conn)
    nicknames[conn] = f"guest{conn}"
    seen.add(conn)
    leave(conn)
    kick(conn)


def tidy_log(entry):
    if entry in log:
        log.remove(entry)


handlers = [threading.Thread(target=serve, args=(c,)) for c in range(6)]
for h in handlers:
    h.start()
for h in handlers:
    h.join()
log.extend(["a", "b"])
janitor = threading.Thread(target=tidy_log, args=("a",))
janitor.start()
janitor.join()
