"""One APScheduler job alone with its state, and a job that takes the lock the routes take (negative)."""
import threading

from apscheduler.schedulers.background import BackgroundScheduler
from flask import Flask, jsonify

app = Flask(__name__)
quotes = {}
quotes_lock = threading.Lock()
beats = 0
scheduler = BackgroundScheduler()


def heartbeat():
    global beats
    beats += 1


def refresh_quotes():
    with quotes_lock:
        quotes.clear()
        quotes.update({"EUR": 1.08})


@app.route("/quotes")
def show_quotes():
    with quotes_lock:
        return jsonify(dict(quotes))


if __name__ == "__main__":
    scheduler.add_job(heartbeat, "interval", seconds=1)
    scheduler.add_job(refresh_quotes, "interval", seconds=30)
    scheduler.start()
    app.run(threaded=True)
