"""A closure started on one thread calls a method on the enclosing function's object; the caller reads it after join() (negative: one thread)."""
import threading


class Progress:
    def __init__(self):
        self.done = 0

    def step(self):
        self.done += 1


def background(total):
    progress = Progress()

    def worker():
        for _ in range(total):
            progress.step()

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    return progress.done
