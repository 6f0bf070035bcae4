"""Savers that each claim the next free numbered file under a lock (creating it empty there) and fill
it after letting the lock go: each thread writes a name of its own, found by counting up (negative)."""
import os
import queue
import threading

frames = queue.Queue()
claim_lock = threading.Lock()


def save_frames(folder):
    while True:
        frame = frames.get()
        if frame is None:
            return
        with claim_lock:
            n = 0
            while os.path.exists(os.path.join(folder, f"frame_{n:04d}.png")):
                n += 1
            open(os.path.join(folder, f"frame_{n:04d}.png"), "wb").close()
        with open(os.path.join(folder, f"frame_{n:04d}.png"), "wb") as out:
            out.write(frame)


def save_all(folder, data, savers=4):
    threads = [threading.Thread(target=save_frames, args=(folder,)) for _ in range(savers)]
    for t in threads:
        t.start()
    for blob in data:
        frames.put(blob)
    for _ in threads:
        frames.put(None)
    for t in threads:
        t.join()
