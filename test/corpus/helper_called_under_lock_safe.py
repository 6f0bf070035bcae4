"""A helper that removes stale players without a lock of its own, called only while its caller holds the
players' lock; the sender goes through the players under that lock (negative)."""
import threading
import time

players = {}
players_lock = threading.Lock()
running = True


def drop_stale(now):
    stale = [name for name, seen in players.items() if now - seen > 5]
    for name in stale:
        del players[name]


def receive(name):
    while running:
        with players_lock:
            players[name] = time.time()
        time.sleep(0.1)


def broadcast():
    while running:
        with players_lock:
            drop_stale(time.time())
            for name in players:
                print("to", name)
        time.sleep(0.1)


threading.Thread(target=broadcast, daemon=True).start()
for who in ("ana", "bo"):
    threading.Thread(target=receive, args=(who,), daemon=True).start()
