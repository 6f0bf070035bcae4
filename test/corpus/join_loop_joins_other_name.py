"""A join loop that joins the last thread made instead of its own loop variable (positive: GIL006 once)."""
import threading
import time

scores = []


def play(n):
    time.sleep(0.01 * n)
    scores.append(n * 10)


players = []
for n in range(5):
    player = threading.Thread(target=play, args=(n,))
    players.append(player)
    player.start()

for p in players:
    player.join()  # expect: GIL006

print("scores:", scores)
