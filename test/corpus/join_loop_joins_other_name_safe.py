"""Join loops that join their own loop variable, or join a thread the loop does not go through on purpose (negative)."""
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
    p.join()

monitor = threading.Thread(target=play, args=(9,))
monitor.start()
for name in ["a", "b"]:
    print("waiting on the monitor for", name)
monitor.join()
print("scores:", scores)
