"""A lesson that prints the list's length once while its threads run and again after joining them, to
show the difference: the early read is on purpose (negative)."""
import threading

events = []


def record(n):
    for i in range(n):
        events.append(i)


workers = [threading.Thread(target=record, args=(10_000,)) for _ in range(4)]
for w in workers:
    w.start()
print("while they run:", len(events))
for w in workers:
    w.join()
print("after join:", len(events))
