"""A /stop route lowers the worker's flag and a /run route raises it and starts a new worker, with nothing that waits for the old one (positive: GIL006)."""
import time
from threading import Thread

from flask import Flask

app = Flask(__name__)
stopped = False


def poll_sensors():
    while not stopped:
        time.sleep(1)
        print("polling")


def start_worker():
    Thread(target=poll_sensors, daemon=True).start()


@app.route("/stop")
def stop():
    global stopped
    stopped = True
    return "stopping"


@app.route("/run")
def run():
    global stopped
    stopped = False  # expect: GIL006
    start_worker()
    return "running"
