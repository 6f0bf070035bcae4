"""Queues of callables that race nothing: one background worker that runs what it is handed one call
after another, and a pool whose queued function takes a lock (negative)."""
import queue
import threading


class Background(threading.Thread):
    """One worker thread that runs what the program hands it, in order."""

    def __init__(self):
        super().__init__(daemon=True)
        self.calls = queue.Queue()

    def run(self):
        while True:
            call, args = self.calls.get()
            call(*args)

    def later(self, call, *args):
        self.calls.put((call, args))


saved = 0


def save(item):
    global saved
    saved += 1


counted = 0
count_lock = threading.Lock()


def count():
    global counted
    with count_lock:
        counted += 1


def drain(tasks):
    while True:
        task = tasks.get()
        task()
        tasks.task_done()


worker = Background()
worker.start()
for item in range(100):
    worker.later(save, item)

tasks = queue.Queue()
for _ in range(4):
    threading.Thread(target=drain, args=(tasks,), daemon=True).start()
for _ in range(1000):
    tasks.put(count)
tasks.join()
