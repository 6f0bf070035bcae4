"""Threads made in one loop and started in the next, and the total printed right after with no join:
the locked updates may not all have run yet (positive)."""
import threading

lock = threading.Lock()
tally = [0]


def vote():
    with lock:
        tally[0] = tally[0] + 1


voters = []
for _ in range(500):
    voters.append(threading.Thread(target=vote))

for v in voters:
    v.start()

print("votes:", tally)  # expect: GIL006
