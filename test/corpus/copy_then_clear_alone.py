"""Negative: a copy and a clear of a list that no other thread adds to while it runs. The workers
fill their own lists; the main thread collects after join(), so nothing can come in between."""
import threading

finished = []


def crunch(n, out):
    part = []
    for i in range(n):
        part.append(i * i)
    snapshot = list(part)
    part.clear()
    out.append(sum(snapshot))


threads = [threading.Thread(target=crunch, args=(1000, finished)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
results = finished[:]
finished.clear()
print(sum(results))
