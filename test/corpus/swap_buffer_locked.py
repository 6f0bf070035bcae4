"""The buffer is swapped under the lock its producers take too, or by a thread that is the only one to touch it (negative)."""
import threading
import time

events = []
events_lock = threading.Lock()
scratch = []


def record(n):
    for i in range(n):
        with events_lock:
            events.append((n, i))


def flush_forever():
    global events, scratch
    for _ in range(20):
        with events_lock:
            taken = events
            events = []
        print(len(taken), "events")
        mine = scratch
        scratch = []
        print(len(mine))
        time.sleep(0.01)


producers = [threading.Thread(target=record, args=(50,)) for _ in range(3)]
flusher = threading.Thread(target=flush_forever)
for t in producers + [flusher]:
    t.start()
