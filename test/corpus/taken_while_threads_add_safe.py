"""The same take-and-replace, safely: one lock over the add and over the take with the replacement, or
the items handed over through a queue (negative)."""
import queue
import threading
from concurrent.futures import ThreadPoolExecutor


class Downloads:
    def __init__(self):
        self.pool = ThreadPoolExecutor(4)
        self.finished = []
        self.lock = threading.Lock()

    def _done(self, future):
        with self.lock:
            self.finished.append(future.result())

    def start(self, fetch, url):
        self.pool.submit(fetch, url).add_done_callback(self._done)

    def collect(self):
        with self.lock:
            taken = self.finished
            self.finished = []
        for page in taken:
            print(len(page))


class Sampler:
    def __init__(self, read):
        self.read = read
        self.samples = queue.Queue()
        self.thread = threading.Thread(target=self._sample, daemon=True)

    def begin(self):
        self.thread.start()

    def _sample(self):
        while True:
            self.samples.put(self.read())

    def flush(self, out):
        batch = []
        while not self.samples.empty():
            batch.append(self.samples.get_nowait())
        out.write(repr(batch))
