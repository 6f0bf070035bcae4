"""One loader thread fills the cache, the main thread reads it after join() (negative: GIL004 with shape 4)."""
import threading

cache = {}


def warm(keys):
    for k in keys:
        if k not in cache:
            cache[k] = k.upper()


loader = threading.Thread(target=warm, args=(["a", "b"],))
loader.start()
loader.join()
print(cache)
