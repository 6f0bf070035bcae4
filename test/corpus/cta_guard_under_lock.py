"""The guard clause and the add are under one lock, and the work runs after it (negative)."""
import threading

seen = set()
seen_lock = threading.Lock()


def handle(event_id):
    with seen_lock:
        if event_id in seen:
            return False
        seen.add(event_id)
    print("handling", event_id)
    return True


threads = [threading.Thread(target=handle, args=(i % 2,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
