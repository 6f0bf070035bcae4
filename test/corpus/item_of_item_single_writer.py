"""A game server: the one game-loop thread takes hit points off every player, and the connection
threads make each player's entry and move only their own: the loop is the only writer of "hp"
(negative). Both the loop and the connection threads add to "score" (positive)."""
import threading
import time

players = {}


def game_loop():
    while True:
        time.sleep(0.02)
        for pid in list(players):
            player = players.get(pid)
            if player and player["x"] < 0:
                player["hp"] -= 10
                players[pid]["score"] += 1  # expect: GIL001


def connection(pid, moves):
    players[pid] = {"x": 250, "y": 250, "hp": 100, "score": 0}
    for dx in moves:
        players[pid]["x"] += dx
        if dx > 5:
            players[pid]["score"] += 1


threading.Thread(target=game_loop, daemon=True).start()
for n in range(4):
    threading.Thread(target=connection, args=(n, [1, -300, 8])).start()
