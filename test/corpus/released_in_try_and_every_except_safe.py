"""The same downloader, but the task adds the size while it still holds the lock, before the `try`
that lets it go on both ways out (negative)."""
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
    total_mb += video["size"]
    try:
        print("video", number, video["title"])
        lock.release()
    except Exception:
        lock.release()
        print("could not print the title")


videos = [{"title": "part %d" % k, "size": k} for k in range(6)]
Pool(3).map(fetch, videos)
print(total_mb, "MB")
