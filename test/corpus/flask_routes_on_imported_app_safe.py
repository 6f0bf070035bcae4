"""Routes on an imported app that count per request in `flask.g`, or under a lock kept with the app (negative)."""
import threading

from flask import g, jsonify

from service import api

numbering = threading.Lock()


@api.before_request
def start_count():
    g.queries = 0


@api.route("/search")
def search():
    g.queries += 1
    with numbering:
        api.next_job += 1
        job = api.next_job
    return jsonify({"job": job, "queries": g.queries})
