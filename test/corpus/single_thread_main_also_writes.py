"""One thread, but the main thread updates the same global while it runs (positive: shape 4 limit)."""
import threading

ticks = 0


def tick():
    global ticks
    for _ in range(100_000):
        ticks += 1  # expect: GIL001


t = threading.Thread(target=tick)
t.start()
for _ in range(100_000):
    ticks += 1
t.join()
