"""Ping and pong take turns through one global: each spins until the global names it, does its work,
and only then hands the turn to the other. The one that is waiting stores nothing, so no store is lost
(negative: the busy waiting costs CPU, but loses no update)."""
import threading

rounds = 5
turn = 0  # 0: ping's turn, 1: pong's
said = []


def ping():
    global turn
    for _ in range(rounds):
        while turn != 0:
            pass
        said.append("ping")
        turn = 1


def pong():
    global turn
    for _ in range(rounds):
        while turn != 1:
            pass
        said.append("pong")
        turn = 0


players = [threading.Thread(target=ping), threading.Thread(target=pong)]
for p in players:
    p.start()
for p in players:
    p.join()
print(" ".join(said))
