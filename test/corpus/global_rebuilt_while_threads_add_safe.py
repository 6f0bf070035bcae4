"""Module-level lists rebuilt from themselves safely: under the lock the appends take, or before any
thread starts (negative)."""
import threading
import time

frames = []
frames_lock = threading.Lock()
names = ["a", "b"]


def receive(source):
    while True:
        with frames_lock:
            frames.append(source.read())
        names.append("c")


names = [n for n in names if n]
receiver = threading.Thread(target=receive, args=(None,), daemon=True)
receiver.start()
while True:
    with frames_lock:
        if len(frames) > 10:
            frames = frames[-10:]
    time.sleep(0.03)
