"""The lock is handed to the worker as an argument (negative)."""
import threading

shared_total = 0


def add_all(numbers, lock):
    global shared_total
    subtotal = sum(numbers)
    with lock:
        shared_total += subtotal


def main(chunks):
    lock = threading.Lock()
    threads = [threading.Thread(target=add_all, args=(c, lock)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return shared_total
