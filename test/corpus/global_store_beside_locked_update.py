"""Diners take servings under the bowl lock while the cook refills the bowl with no lock (positive: shape 1)."""
import threading
import time

bowl_lock = threading.Lock()
servings = 5


def diner(rounds):
    global servings
    for _ in range(rounds):
        with bowl_lock:
            if servings > 0:
                servings -= 1
        time.sleep(0.001)


def cook(rounds):
    global servings
    for _ in range(rounds):
        time.sleep(0.002)
        servings = 5  # expect: GIL001


if __name__ == "__main__":
    threads = [threading.Thread(target=diner, args=(100,)) for _ in range(3)]
    threads.append(threading.Thread(target=cook, args=(50,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
