"""Files read and written back by threads, safely: under one lock, a file per thread, or by one thread only (negative)."""
import json
import threading

SCORES = "scores.json"
scores_lock = threading.Lock()


def add_points(player, points):
    with scores_lock:
        with open(SCORES) as f:
            table = json.load(f)
        table[player] = table.get(player, 0) + points
        with open(SCORES, "w") as f:
            json.dump(table, f)


def rewrite_own(path):
    # Every thread is handed a path of its own.
    with open(path) as f:
        text = f.read()
    with open(path, "w") as f:
        f.write(text.upper())


def rewrite_per_thread(player):
    name = f"{player}.json"
    with open(name) as f:
        data = json.load(f)
    data["seen"] = True
    with open(name, "w") as f:
        json.dump(data, f)


def keep_unique(path, line):
    # Each caller passes a file of its own.
    with open(path) as f:
        seen = set(f.read().splitlines())
    seen.add(line)
    with open(path, "w") as f:
        f.write("\n".join(sorted(seen)))


def visit(player):
    keep_unique(player + ".log", "visit")


def leave(player, log):
    keep_unique(log, "leave")


def compact_log():
    # Run on one thread, started once.
    entries = open("log.txt").read().splitlines()
    open("log.txt", "w").write("\n".join(entries[-100:]))


for name in ["ann", "bo", "cy"]:
    threading.Thread(target=add_points, args=(name, 5)).start()
    threading.Thread(target=rewrite_own, args=(name + ".txt",)).start()
    threading.Thread(target=rewrite_per_thread, args=(name,)).start()
    threading.Thread(target=visit, args=(name,)).start()
    threading.Thread(target=leave, args=(name, name + ".out")).start()
threading.Thread(target=compact_log).start()
