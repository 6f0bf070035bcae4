"""Scores kept in a JSON file: each request thread reads the file, adds its points and writes it back (positive: GIL001 three times)."""
import json
import os
import threading

SCORES = os.path.join(os.path.dirname(__file__), "scores.json")


def add_points(player, points):
    with open(SCORES) as f:  # expect: GIL001
        table = json.load(f)
    table[player] = table.get(player, 0) + points
    with open(SCORES, "w") as f:
        json.dump(table, f)


def add_badge(player, badge):
    lines = open("badges.txt").read().splitlines()  # expect: GIL001
    lines.append(f"{player}:{badge}")
    open("badges.txt", "w").write("\n".join(lines))


def keep_unique(path, line):
    with open(path, encoding="utf-8") as f:  # expect: GIL001
        seen = set(f.read().splitlines())
    seen.add(line)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(seen)))


HISTORY = "history.txt"


def serve(player):
    keep_unique(HISTORY, player)
    add_points(player, 10)
    add_badge(player, "visitor")


for name in ["ann", "bo", "cy", "di"]:
    threading.Thread(target=serve, args=(name,)).start()
