"""The helper updates a global, and its only caller holds the module lock around the call (negative)."""
import threading

hits = 0
hits_lock = threading.Lock()


def record(n):
    global hits
    hits = hits + n


def serve(requests):
    for r in requests:
        with hits_lock:
            record(len(r))


workers = [threading.Thread(target=serve, args=(["a", "bb"],)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
