"""Read and write under one acquisition (negative)."""
import threading

inventory = 50
lock = threading.Lock()


def reserve(n):
    global inventory
    with lock:
        available = inventory
        if available < n:
            return False
        inventory = available - n
    return True


def main():
    threads = [threading.Thread(target=reserve, args=(3,)) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
