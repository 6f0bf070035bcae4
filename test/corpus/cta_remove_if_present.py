"""Chat-room bookkeeping: a member is looked up, then removed, by every connection's thread (positive: shape 3, removal)."""
import threading

members = []
nicknames = {}
sessions = {}


def leave(conn):
    if conn in members:  # expect: GIL004
        members.remove(conn)
    if conn in nicknames:  # expect: GIL004
        del nicknames[conn]
    if conn in sessions:  # expect: GIL004
        sessions.pop(conn)


def drop_closed(conn):
    for other in members[:]:  # expect: GIL004
        if other is conn:
            members.remove(other)


def serve(conn):
    members.append(conn)
    nicknames[conn] = f"guest{conn}"
    sessions[conn] = object()
    leave(conn)
    drop_closed(conn)


handlers = [threading.Thread(target=serve, args=(c,)) for c in range(6)]
for h in handlers:
    h.start()
for h in handlers:
    h.join()
