"""A guard clause skips files already uploaded, the slow upload runs, and only then is the file recorded (positive: GIL004, guard-clause form, no quick fix)."""
import queue
import threading
import time

uploaded = []
jobs = queue.Queue()


def upload(path, dedup=True):
    if dedup and path in uploaded:  # expect: GIL004
        print("skip", path)
        return
    time.sleep(0.05)  # the upload
    uploaded.append(path)


def uploader():
    while True:
        path = jobs.get()
        if path is None:
            break
        upload(path)


workers = [threading.Thread(target=uploader) for _ in range(8)]
for w in workers:
    w.start()
for p in ["a.bin", "b.bin", "a.bin"]:
    jobs.put(p)
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
