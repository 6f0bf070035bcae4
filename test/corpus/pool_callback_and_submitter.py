"""The main thread counts tasks in flight as it submits them; the pool's result callback counts them down on the pool's own thread (positive)."""
from multiprocessing.pool import ThreadPool

in_flight = 0


def resize(name):
    return name.upper()


def finished(_result):
    global in_flight
    in_flight -= 1  # expect: GIL001


pool = ThreadPool(4)
for name in ["a.png", "b.png", "c.png"]:
    in_flight += 1
    pool.apply_async(resize, (name,), callback=finished)
pool.close()
pool.join()
