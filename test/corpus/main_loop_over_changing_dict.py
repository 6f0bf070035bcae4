"""The main program goes through a dict and a set while a thread it started adds to them (positive: GIL004 twice)."""
import threading
import time

last_seen = {}
online = set()


def listen():
    for n in range(1000):
        last_seen[f"device-{n}"] = time.time()
        online.add(f"device-{n}")


threading.Thread(target=listen, daemon=True).start()
while True:
    for device, at in last_seen.items():  # expect: GIL004
        print(device, at)
    print(sorted(d for d in online))  # expect: GIL004
    time.sleep(1)
