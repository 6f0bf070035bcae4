"""Read under one acquisition, written under another: still a lost update (positive)."""
import threading

inventory = 50
lock = threading.Lock()


def reserve(n):
    global inventory
    with lock:
        available = inventory
    if available < n:
        return False
    with lock:
        inventory = available - n  # expect: GIL001
    return True


def main():
    threads = [threading.Thread(target=reserve, args=(3,)) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
