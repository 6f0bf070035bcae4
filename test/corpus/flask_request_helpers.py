"""Code that reads Flask's `request` runs inside a request, on that request's thread: a decorator's wrapper and a helper (positive: GIL001 twice)."""
import functools
import time

from flask import abort, request

visits_by_ip = {}


class Throttle:
    def __init__(self, per_minute):
        self.per_minute = per_minute
        self.seen = {}

    def allow(self, who):
        used = self.seen.get(who, 0)
        self.seen[who] = used + 1  # expect: GIL001
        return used < self.per_minute

    def guard(self, view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            if not self.allow(request.remote_addr or "?"):
                abort(429)
            return view(*args, **kwargs)

        return wrapper


def note_visit():
    ip = request.remote_addr
    visits_by_ip[ip] = visits_by_ip.get(ip, 0) + 1  # expect: GIL001
    return time.time()


throttle = Throttle(per_minute=30)
