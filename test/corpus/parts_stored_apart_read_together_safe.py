"""The weather page publishing each sample as one new dict in one assignment, the wind held under a
lock by the sampler and the route, and a status page that only sets constant flags (negative)."""
import random
import threading
import time

from flask import Flask, jsonify

app = Flask(__name__)
reading = {"temperature": None, "humidity": None}
wind = {"speed": 0.0, "direction": 0}
wind_lock = threading.Lock()
status = {"ok": True, "mode": "idle"}


def sample_air():
    global reading
    while True:
        reading = {"temperature": round(random.uniform(15, 25), 1), "humidity": round(random.uniform(30, 70), 1)}
        time.sleep(5)


def sample_wind():
    while True:
        speed, direction = random.uniform(0, 20), random.randrange(360)
        with wind_lock:
            wind["speed"] = speed
            wind["direction"] = direction
        time.sleep(5)


def watchdog():
    while True:
        status["ok"] = True
        status["mode"] = "running"
        time.sleep(1)


@app.route("/air")
def air():
    return jsonify(reading)


@app.route("/wind")
def wind_now():
    with wind_lock:
        return jsonify(dict(wind))


@app.route("/status")
def status_now():
    return jsonify(status)


threading.Thread(target=sample_air, daemon=True).start()
threading.Thread(target=sample_wind, daemon=True).start()
threading.Thread(target=watchdog, daemon=True).start()

if __name__ == "__main__":
    app.run()
