"""The same web app with the test and the start under one lock: the second request finds the syncer
the first one started."""
import threading
import time

from flask import Flask

app = Flask(__name__)
_syncer = None
_syncer_lock = threading.Lock()


def _sync_forever():
    while True:
        time.sleep(5)


@app.route("/sync")
def start_sync():
    global _syncer
    with _syncer_lock:
        if _syncer and _syncer.is_alive():
            return "already syncing"
        _syncer = threading.Thread(target=_sync_forever, daemon=True)
        _syncer.start()
    return "started"
