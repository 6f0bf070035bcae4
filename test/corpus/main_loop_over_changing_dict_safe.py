"""The main program goes through a dict a thread fills: over a copy taken under the lock, under the lock, or after join() (negative)."""
import threading
import time

last_seen = {}
seen_lock = threading.Lock()


def listen():
    for n in range(1000):
        with seen_lock:
            last_seen[f"device-{n}"] = time.time()


listener = threading.Thread(target=listen, daemon=True)
listener.start()
for _ in range(3):
    with seen_lock:
        snapshot = list(last_seen.items())
    for device, at in snapshot:
        print(device, at)
    with seen_lock:
        for device in last_seen:
            print(device)
    time.sleep(1)
listener.join()
for device, at in last_seen.items():
    print(device, at)
