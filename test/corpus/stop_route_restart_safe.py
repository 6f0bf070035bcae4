"""A /stop route sets the worker's own Event and joins it; /run gives each new worker an Event of its own (negative)."""
import threading
import time

from flask import Flask

app = Flask(__name__)
current = {"thread": None, "stop": None}
current_lock = threading.Lock()


def poll_sensors(stop_event):
    while not stop_event.is_set():
        time.sleep(1)
        print("polling")


@app.route("/stop")
def stop():
    with current_lock:
        if current["thread"] is not None:
            current["stop"].set()
            current["thread"].join()
            current["thread"] = None
    return "stopped"


@app.route("/run")
def run():
    with current_lock:
        if current["thread"] is None:
            stop_event = threading.Event()
            worker = threading.Thread(target=poll_sensors, args=(stop_event,), daemon=True)
            current["thread"], current["stop"] = worker, stop_event
            worker.start()
    return "running"
