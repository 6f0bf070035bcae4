"""A script that keeps its first, unlocked counter thread beside the locked one it runs, and starts only the locked one (negative)."""
import threading


class FirstTry(threading.Thread):
    hits = 0

    def run(self):
        for _ in range(1000):
            FirstTry.hits += 1


class Counted(threading.Thread):
    hits = 0
    lock = threading.Lock()

    def run(self):
        for _ in range(1000):
            with Counted.lock:
                Counted.hits += 1


if __name__ == "__main__":
    workers = [Counted() for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(Counted.hits)
