"""One list handed to every thread through args: each thread bumps its first item (positive: shape 2)."""
import threading


def add(box, times):
    for _ in range(times):
        box[0] += 1  # expect: GIL001


def main():
    box = [0]
    threads = []
    for _ in range(4):
        t = threading.Thread(target=add, args=(box, 10_000))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    return box[0]
