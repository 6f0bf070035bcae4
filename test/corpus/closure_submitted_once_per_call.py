"""A request handler that hands a closure to a pool once per call: the closure's test-then-set of the
handler's own variable happens on one thread for each call, whose variables are its own (negative).
A closure submitted for every item of one call shares that call's variables between the pool's
threads (positive)."""
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=4)


def handle(request):
    reply = None

    def answer():
        nonlocal reply
        if reply is None:
            reply = request.upper()
        print(reply)

    pool.submit(answer)
    return "accepted"


def lengths(items):
    sizes = {}

    def measure(item):
        if item not in sizes:  # expect: GIL004
            sizes[item] = len(item)

    for item in items:
        pool.submit(measure, item)
    return sizes
