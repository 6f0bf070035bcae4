"""The same voters, joined in a loop before the total is printed (negative)."""
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

for v in voters:
    v.join()

print("votes:", tally)
