"""A reviewed race, silenced with a bare # noqa (negative)."""
import threading

approx_hits = 0


def hit():
    global approx_hits
    approx_hits += 1  # noqa  (an approximate statistic, losing a few is fine)


threads = [threading.Thread(target=hit) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
