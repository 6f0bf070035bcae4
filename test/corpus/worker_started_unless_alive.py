"""A small web app whose /sync route starts the background syncer unless it is already running.
Each request runs on a thread of its own, so two requests that arrive together can both find no live
syncer and both start one: two syncers then write the same files."""
import threading
import time

from flask import Flask

app = Flask(__name__)
_syncer = None


def _sync_forever():
    while True:
        time.sleep(5)


@app.route("/sync")
def start_sync():
    global _syncer
    if _syncer and _syncer.is_alive():  # expect: GIL004
        return "already syncing"
    _syncer = threading.Thread(target=_sync_forever, daemon=True)  # expect: GIL001
    _syncer.start()
    return "started"
