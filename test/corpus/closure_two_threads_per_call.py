"""Two threads on one closure share its variable, whatever calls the function (positive: shape 4 limit)."""
import threading


def race_twice():
    hits = 0

    def bump():
        nonlocal hits
        hits += 1  # expect: GIL001

    first = threading.Thread(target=bump)
    second = threading.Thread(target=bump)
    first.start()
    second.start()
    first.join()
    second.join()
    return hits
