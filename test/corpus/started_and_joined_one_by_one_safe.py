"""Each thread joined right after its start, so they run one after another: a relay, not a race (negative: no findings)."""
import random
import threading
import time

elapsed = 0
laps = []


class Runner(threading.Thread):
    def run(self):
        global elapsed
        lap = random.randint(1, 3)
        time.sleep(lap / 1000)
        elapsed += lap


def lap_counter(n):
    global elapsed
    elapsed += n
    laps.append(n)


runners = [Runner() for _ in range(4)]
for runner in runners:
    runner.start()
    runner.join()

for n in range(3):
    t = threading.Thread(target=lap_counter, args=(n,))
    t.start()
    # Waits for this lap before the next one starts.
    t.join()
print(elapsed, laps)
