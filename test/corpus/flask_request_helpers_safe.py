"""Code that reads Flask's `request` and keeps its counts under a lock, or only in locals (negative)."""
import functools
import threading

from flask import abort, request

visits_by_ip = {}
visits_lock = threading.Lock()


def note_visit():
    ip = request.remote_addr
    with visits_lock:
        visits_by_ip[ip] = visits_by_ip.get(ip, 0) + 1


def client_label():
    parts = [request.remote_addr or "?", request.headers.get("User-Agent", "")]
    parts.append(str(len(parts)))
    return " ".join(parts)


def require_key(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Key") != "secret":
            abort(401)
        return view(*args, **kwargs)

    return wrapper
