"""The lock is dropped only after the threads finished (negative: shape 5)."""
import threading

count = 0
lock = threading.Lock()


def add():
    global count
    with lock:
        count += 1


workers = [threading.Thread(target=add) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()

lock = None
