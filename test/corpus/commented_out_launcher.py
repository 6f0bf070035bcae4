"""The same lesson with the broken demo's call live and only a note about it in a comment (positive: GIL001)."""
import threading

tally = 0


def add_unsafely(n):
    global tally
    for _ in range(n):
        tally += 1  # expect: GIL001


def broken_demo():
    workers = [threading.Thread(target=add_unsafely, args=(100000,)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


# broken_demo() loses updates on a free-threaded build
broken_demo()
print(tally)
