"""Flask routes that keep their counts under a lock, and per-request state in g and session (negative)."""
import threading

from flask import Flask, g, session

app = Flask(__name__)
app.secret_key = "dev"
views = {"total": 0}
views_lock = threading.Lock()


def current_user():
    if "user" not in g:
        g.user = session.get("user", "guest")
    return g.user


@app.route("/")
def home():
    with views_lock:
        views["total"] += 1
    session["visits"] = session.get("visits", 0) + 1
    return f"hello {current_user()}"
