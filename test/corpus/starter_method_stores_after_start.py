"""A fetcher's start() starts the worker and only then marks it unfinished; the worker marks itself
finished when it ends, at once if the source fails, and the later store can undo that (positive).
The uploader marks itself unfinished before the start, and the checker waits for its worker before it
clears the worker's flag (negative)."""
import threading


class Fetcher:
    def __init__(self, source):
        self.source = source
        self.finished = False

    def start(self):
        self.worker = threading.Thread(target=self.pull)
        self.worker.start()
        self.finished = False  # expect: GIL006

    def pull(self):
        try:
            if not self.source:
                raise ValueError("nothing to fetch")
        except ValueError:
            pass
        finally:
            self.finished = True


class Uploader:
    def __init__(self, items):
        self.items = items
        self.finished = False

    def start(self):
        self.finished = False
        self.worker = threading.Thread(target=self.push)
        self.worker.start()

    def push(self):
        for _ in self.items:
            pass
        self.finished = True


class Checker:
    def __init__(self):
        self.busy = False

    def check_now(self):
        self.worker = threading.Thread(target=self.work)
        self.worker.start()
        self.worker.join()
        self.busy = False

    def work(self):
        self.busy = True


lost = 0
for _ in range(500):
    f = Fetcher("")
    f.start()
    f.worker.join()
    lost += not f.finished
u = Uploader([1, 2, 3])
u.start()
u.worker.join()
print(f"finished lost in {lost} of 500 fetchers; uploader finished: {u.finished}")
