"""An app factory keeps its worker slot on the app and hands it to a helper that tests and fills it (positive)."""
import threading
import time

from flask import Flask


def sync_feeds():
    time.sleep(30)


def ensure_syncer(slots):
    syncer = slots["syncer"]
    if syncer is None:  # expect: GIL004
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
