"""A tuple read into two locals and stored back, from request hooks; Python 2's low-level thread start (positive)."""
import time
import _thread
from flask import Flask, request

app = Flask(__name__)
windows = {}
served = 0


@app.before_request
def rate_limit():
    now = time.monotonic()
    count, started = windows.get(request.remote_addr, (0, now))
    windows[request.remote_addr] = (count + 1, started)  # expect: GIL001


def serve(n):
    global served
    served += n  # expect: GIL001


for _ in range(3):
    _thread.start_new_thread(serve, (1,))
