"""A dict that request threads add to, saved with json.dump after each change (positive: the dump goes through it item by item, and two requests write the one file at once)."""
import json

from flask import Flask, request

app = Flask(__name__)
players = {}


def save_players():
    with open("players.json", "w") as fh:  # expect: GIL001
        json.dump(players, fh, indent=2)  # expect: GIL004


@app.post("/join")
def join():
    players[request.form["name"]] = {"level": 1, "coins": 0}
    save_players()
    return "welcome"
