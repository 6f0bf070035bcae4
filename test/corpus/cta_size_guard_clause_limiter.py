"""A request limiter that leaves early when the window is full and appends after: the test and the append are two steps, also for a per-client window reached through a local and a full window that aborts the request (positive: GIL004 three times)."""
import time
from collections import defaultdict, deque

from flask import Flask, abort, request

app = Flask(__name__)
MAX_CALLS = 20
recent = deque()
per_client = defaultdict(deque)


def admit(now):
    if len(recent) >= MAX_CALLS:  # expect: GIL004
        return False
    recent.append(now)
    return True


@app.before_request
def throttle_client():
    calls = per_client[request.remote_addr]
    if len(calls) >= MAX_CALLS:  # expect: GIL004
        abort(429)
    calls.append(time.time())


@app.route("/ping")
def ping():
    if not admit(time.time()):
        return "slow down", 429
    return "pong"


class Throttle:
    def __init__(self):
        self.stamps = deque()

    def init_app(self, flask_app):
        @flask_app.before_request
        def forget_old():
            now = time.time()
            while self.stamps and now - self.stamps[0] > 60:  # expect: GIL004
                self.stamps.popleft()
            self.stamps.append(now)


Throttle().init_app(app)
