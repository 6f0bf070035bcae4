"""A photo downloader's threads each make sure the output folders exist before saving: they test
the disk and then make the folder, and the folder is the same for every thread (positive: with
os.mkdir, os.makedirs and a pathlib path, and a folder given as a parameter's string default). A
folder named after the thread's own album or its own parameter with no default, one made
with exist_ok=True, one whose FileExistsError is caught, one made under a lock, and one made by
the single indexer thread are left alone (negative)."""
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

OUT = "photos"
THUMBS = Path("photos") / "thumbs"
folders_lock = threading.Lock()


def save(album, name, data):
    target = os.path.join(os.getcwd(), OUT)
    if not os.path.exists(target):  # expect: GIL004
        os.mkdir(target)
    if not os.path.isdir(os.path.join(OUT, "raw")):  # expect: GIL004
        os.makedirs(os.path.join(OUT, "raw"))
    if not THUMBS.exists():  # expect: GIL004
        THUMBS.mkdir(parents=True)
    own = os.path.join(OUT, album)
    if not os.path.exists(own):
        os.makedirs(own)
    os.makedirs(os.path.join(OUT, "meta"), exist_ok=True)
    try:
        if not os.path.exists("logs"):
            os.mkdir("logs")
    except FileExistsError:
        pass
    with folders_lock:
        if not os.path.exists("cache"):
            os.mkdir("cache")
    with open(os.path.join(target, name), "wb") as f:
        f.write(data)


def fetch(url, n, folder="downloads", cache=None):
    if not os.path.exists(folder):  # expect: GIL004
        os.makedirs(folder)
    if cache is not None and not os.path.exists(cache):
        os.makedirs(cache)
    print("fetching", url, "into", os.path.join(folder, str(n)))


def store(url, where):
    if not os.path.exists(where):
        os.makedirs(where)
    print("storing", url, "in", where)


def index():
    if not os.path.exists("index"):
        os.mkdir("index")


with ThreadPoolExecutor(max_workers=8) as pool:
    for i in range(20):
        pool.submit(save, f"album{i}", f"p{i}.jpg", b"")
    pool.map(fetch, ["https://example.org/a", "https://example.org/b"], range(2))
    for i in range(3):
        pool.submit(store, f"https://example.org/{i}", f"by-url/{i}")

indexer = threading.Thread(target=index)
indexer.start()
indexer.join()
