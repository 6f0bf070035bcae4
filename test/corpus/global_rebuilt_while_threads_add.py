"""A receiver thread appends to module-level lists while the main loop keeps them short by building new
ones from them: an append between the read and the rebind goes into the old list (positive)."""
import threading
import time

frames = []
clients = []


def receive(source):
    while True:
        frames.append(source.read())
        note_client(source)


def note_client(source):
    clients.append(source)


receiver = threading.Thread(target=receive, args=(None,), daemon=True)
receiver.start()
while True:
    if len(frames) > 10:
        frames = frames[-10:]  # expect: GIL001
    clients = [c for c in clients if c is not None]  # expect: GIL001
    time.sleep(0.03)
