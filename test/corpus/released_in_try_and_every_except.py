"""A playlist downloader on a thread pool: each task takes the lock to number its video, lets it go in
the `try` (and in the `except`, should printing fail) before the slow download, then adds the video's
size to the total. The lock is let go on both ways out of the `try`, so the `+=` after it runs
unlocked, on several threads at once (positive)."""
import threading
from multiprocessing.dummy import Pool

numbered = 0
total_mb = 0
lock = threading.Lock()


def fetch(video):
    global numbered, total_mb
    lock.acquire()
    number = numbered
    numbered += 1
    try:
        print("video", number, video["title"])
        lock.release()
    except Exception:
        lock.release()
        print("could not print the title")
    total_mb += video["size"]  # expect: GIL001


videos = [{"title": "part %d" % k, "size": k} for k in range(6)]
Pool(3).map(fetch, videos)
print(total_mb, "MB")
