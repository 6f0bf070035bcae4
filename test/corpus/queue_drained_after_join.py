"""A writer thread takes jobs from a queue; stop() waits for it to end and then drains what is left
with `empty()` and `get()`: the only other taker is gone, so `get()` cannot wait forever (negative).
The pool of readers test `empty()` and then `get()` while the others take too (positive)."""
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()


class Writer:
    def __init__(self):
        self.queue = queue.Queue()
        self.thread = threading.Thread(target=self.loop)
        self.thread.start()

    def loop(self):
        while True:
            job = self.queue.get()
            if job is None:
                return
            print("writes", job)

    def stop(self):
        self.queue.put(None)
        self.thread.join()
        while not self.queue.empty():
            print("dropped", self.queue.get())


def read_all():
    while not jobs.empty():  # expect: GIL004
        results.put(jobs.get())


writer = Writer()
for n in range(10):
    jobs.put(n)
    writer.queue.put(n)
readers = [threading.Thread(target=read_all) for _ in range(3)]
for r in readers:
    r.start()
writer.stop()
