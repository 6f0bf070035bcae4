"""Every update of the state in the function holds the lock (negative: shape 6)."""
import threading

active = 0
active_lock = threading.Lock()


def session(user):
    global active
    with active_lock:
        active += 1
    try:
        return user.upper()
    finally:
        with active_lock:
            active -= 1


for name in ("ann", "bob"):
    threading.Thread(target=session, args=(name,)).start()
