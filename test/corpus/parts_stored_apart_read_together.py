"""A weather page whose sampler thread stores the temperature and then the humidity into one module
dict, while the page's route hands the whole dict to the browser: a request between the two stores
gets a new temperature beside an old humidity. A second sampler keeps wind speed and direction in two
globals that a route reads together."""
import random
import threading
import time

from flask import Flask, jsonify

app = Flask(__name__)
reading = {"temperature": None, "humidity": None}
speed = 0.0
direction = 0


def sample_air():
    while True:
        reading["temperature"] = round(random.uniform(15, 25), 1)  # expect: GIL001
        reading["humidity"] = round(random.uniform(30, 70), 1)
        time.sleep(5)


def sample_wind():
    global speed, direction
    while True:
        speed = random.uniform(0, 20)  # expect: GIL001
        direction = random.randrange(360)
        time.sleep(5)


@app.route("/air")
def air():
    return jsonify(reading)


@app.route("/wind")
def wind():
    return jsonify(speed=speed, direction=direction)


threading.Thread(target=sample_air, daemon=True).start()
threading.Thread(target=sample_wind, daemon=True).start()

if __name__ == "__main__":
    app.run()
