"""APScheduler runs its jobs on a thread pool, beside the program and each other (positive)."""
from apscheduler.schedulers.background import BackgroundScheduler
from flask import Flask, jsonify

app = Flask(__name__)
quotes = {}
refreshed = 0
scheduler = BackgroundScheduler()


def refresh_quotes():
    global refreshed
    quotes.clear()
    quotes.update({"EUR": 1.08, "GBP": 1.27})
    refreshed += 1  # expect: GIL001


@scheduler.scheduled_job("interval", minutes=10)
def reset_counter():
    global refreshed
    print("refreshed", refreshed)
    refreshed = 0  # expect: GIL001


@app.route("/quotes")
def show_quotes():
    return jsonify({name: rate for name, rate in quotes.items()})  # expect: GIL004


if __name__ == "__main__":
    scheduler.add_job(refresh_quotes, "interval", seconds=30)
    scheduler.start()
    app.run(threaded=True)
