"""The same limiter shapes with one lock over the test and the change, or state made per request (negative)."""
import threading
import time
from collections import deque

from flask import Flask, abort

app = Flask(__name__)
MAX_CALLS = 20
recent = deque()
recent_lock = threading.Lock()


def admit(now):
    with recent_lock:
        if len(recent) >= MAX_CALLS:
            return False
        recent.append(now)
    return True


@app.before_request
def check_batch():
    batch = deque()
    if len(batch) >= MAX_CALLS:
        abort(400)
    batch.append(time.time())


@app.route("/ping")
def ping():
    if not admit(time.time()):
        return "slow down", 429
    return "pong"


class Throttle:
    def __init__(self):
        self.stamps = deque()
        self.lock = threading.Lock()

    def init_app(self, flask_app):
        @flask_app.before_request
        def forget_old():
            now = time.time()
            with self.lock:
                while self.stamps and now - self.stamps[0] > 60:
                    self.stamps.popleft()
                self.stamps.append(now)


Throttle().init_app(app)
