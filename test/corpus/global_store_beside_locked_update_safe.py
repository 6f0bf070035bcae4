"""Diners take servings under the bowl lock and the cook refills under it too (negative)."""
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
        with bowl_lock:
            servings = 5


def report():
    global servings
    servings = 0
    print("reset before the threads start")


if __name__ == "__main__":
    report()
    threads = [threading.Thread(target=diner, args=(100,)) for _ in range(3)]
    threads.append(threading.Thread(target=cook, args=(50,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
