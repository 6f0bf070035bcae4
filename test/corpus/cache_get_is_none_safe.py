"""A cache filled on a miss, with the lookup and the fill under one lock; a get() that fills nothing (negative)."""
import threading

thumbnails = {}
thumbnails_lock = threading.Lock()
sizes = {"a.png": 10}


def thumbnail(path):
    with thumbnails_lock:
        thumb = thumbnails.get(path)
        if thumb is None:
            thumb = f"thumb:{path}"
            thumbnails[path] = thumb
    return thumb


def size_of(path):
    size = sizes.get(path)
    if size is None:
        return 0
    return size


for n in range(4):
    threading.Thread(target=thumbnail, args=("a.png",)).start()
    threading.Thread(target=size_of, args=("a.png",)).start()
