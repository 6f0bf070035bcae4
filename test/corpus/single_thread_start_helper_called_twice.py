"""A helper starts one thread, but the helper is called twice (positive: shape 4 limit)."""
import threading

uploaded = 0


def upload():
    global uploaded
    uploaded = uploaded + 1  # expect: GIL001


def start_uploader():
    threading.Thread(target=upload).start()


start_uploader()
start_uploader()
