"""A stop route raises an Event only if it is not raised yet, and a start route lowers it before a new worker (negative: raising it twice changes nothing)."""
import threading
import time

from flask import Flask

app = Flask(__name__)
stop_requested = threading.Event()


def crawl(stop):
    while not stop.is_set():
        time.sleep(0.5)


@app.route("/stop", methods=["POST"])
def stop_crawler():
    if not stop_requested.is_set():
        stop_requested.set()
    return "stopping"


@app.route("/status")
def status():
    return "stopped" if stop_requested.is_set() else "running"
