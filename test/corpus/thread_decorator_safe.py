"""Functions run by a threading decorator, but safely: one call only, a lock, a decorator that starts no thread (negative)."""
import functools
import threading


def threaded(fn):
    @functools.wraps(fn)
    def launch(*args):
        t = threading.Thread(target=fn, args=args)
        t.start()
        return t

    return launch


def logged(fn):
    @functools.wraps(fn)
    def call(*args):
        print("calling", fn.__name__)
        return fn(*args)

    return call


uploads = 0
uploads_lock = threading.Lock()
warmed = 0
logged_calls = 0


@threaded
def upload(path):
    global uploads
    with uploads_lock:
        uploads += 1


@threaded
def warm_cache():
    global warmed
    warmed += 1


@logged
def note(text):
    global logged_calls
    logged_calls += 1


if __name__ == "__main__":
    warm_cache().join()
    jobs = [upload(p) for p in ("a.txt", "b.txt")]
    for j in jobs:
        j.join()
    for word in ("x", "y"):
        note(word)
    print(uploads, warmed, logged_calls)
