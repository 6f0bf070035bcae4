"""Containers an object's thread code fills while a public method takes them and leaves an empty one:
what a thread adds between the take and the replacement is lost (positive)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Downloads:
    """Downloads on a pool; the UI's timer calls collect() to show what has finished."""

    def __init__(self):
        self.pool = ThreadPoolExecutor(4)
        self.finished = []

    def _done(self, future):
        self.finished.append(future.result())

    def start(self, fetch, url):
        self.pool.submit(fetch, url).add_done_callback(self._done)

    def collect(self):
        for page in self.finished:
            print(len(page))
        self.finished = []  # expect: GIL001


class Sampler:
    """A sampling thread fills the buffer; flush() is called from the main loop."""

    def __init__(self, read):
        self.read = read
        self.buffer = []
        self.running = True
        self.thread = threading.Thread(target=self._sample, daemon=True)

    def begin(self):
        self.thread.start()

    def _sample(self):
        while self.running:
            self.buffer.append(self.read())

    def flush(self, out):
        batch = list(self.buffer)
        out.write(repr(batch))
        self.buffer.clear()  # expect: GIL001
