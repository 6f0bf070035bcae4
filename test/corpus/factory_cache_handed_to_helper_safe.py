"""The same factory, whose helper tests and fills the worker slot under one lock (negative)."""
import threading
import time

from flask import Flask

slots_lock = threading.Lock()


def sync_feeds():
    time.sleep(30)


def ensure_syncer(slots):
    with slots_lock:
        syncer = slots["syncer"]
        if syncer is None:
            syncer = threading.Thread(target=sync_feeds, daemon=True)
            syncer.start()
            slots["syncer"] = syncer
    return "syncing" if syncer.is_alive() else "idle"


def create_app():
    app = Flask(__name__)
    app.slots = {"syncer": None}

    @app.route("/sync")
    def sync():
        return ensure_syncer(app.slots)

    return app
