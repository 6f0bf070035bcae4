"""A lesson that keeps its broken demo beside the fixed one and runs only the fixed one: the broken launcher's call is commented out (negative)."""
import threading

tally = 0
tally_lock = threading.Lock()


def add_unsafely(n):
    global tally
    for _ in range(n):
        tally += 1


def add_safely(n):
    global tally
    for _ in range(n):
        with tally_lock:
            tally += 1


def broken_demo():
    workers = [threading.Thread(target=add_unsafely, args=(100000,)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def fixed_demo():
    workers = [threading.Thread(target=add_safely, args=(100000,)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


# broken_demo()
fixed_demo()
print(tally)
