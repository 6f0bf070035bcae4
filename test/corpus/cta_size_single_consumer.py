"""One consumer thread, started once, pops from a list the main thread filled before starting it (negative: one thread)."""
import threading

pending = [3, 1, 2]


def drain():
    while True:
        if len(pending) == 0:
            break
        pending.pop()


consumer = threading.Thread(target=drain)
consumer.start()
consumer.join()
