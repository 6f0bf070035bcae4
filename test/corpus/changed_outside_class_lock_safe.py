"""A container changed without the class's lock where nothing can break: before the threads start, at close, or where every other use is one step (negative)."""
import collections
import threading
import time


class Downloader:
    def __init__(self):
        self.done_parts = []
        self.parts_lock = threading.Lock()

    def _load(self):
        self.done_parts.clear()
        self.done_parts.extend([1, 2])

    def _mark(self, part):
        with self.parts_lock:
            if part not in self.done_parts:
                self.done_parts.append(part)

    def fetch(self, parts):
        self._load()
        workers = [threading.Thread(target=self._mark, args=(p,)) for p in parts]
        for w in workers:
            w.start()
        for w in workers:
            w.join()


class Registry:
    def __init__(self):
        self.entries = {}
        self._lock = threading.Lock()

    def put(self, key, value):
        with self._lock:
            if key not in self.entries:
                self.entries[key] = value

    def close(self):
        self.entries.clear()


class Mailer(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.outbox = collections.deque()
        self.outbox_lock = threading.Lock()

    def send(self, letter):
        with self.outbox_lock:
            self.outbox.append(letter)

    def pending(self):
        with self.outbox_lock:
            return list(self.outbox)

    def run(self):
        while True:
            try:
                letter = self.outbox[0]
            except IndexError:
                time.sleep(0.1)
                continue
            print("sending", letter)
            self.outbox.popleft()


class Batcher:
    """Producers add to the deque with no lock; the one exporter takes from it under its lock.
    An add only makes the exporter's size test truer: its pops still find their items."""

    def __init__(self):
        self.pending = collections.deque([], 1000)
        self.export_lock = threading.Lock()

    def emit(self, item):
        self.pending.appendleft(item)

    def export(self):
        with self.export_lock:
            if len(self.pending) >= 10:
                batch = [self.pending.pop() for _ in range(10)]
                print("exporting", batch)


Downloader().fetch([3, 4])
mailer = Mailer()
mailer.start()
mailer.send("hi")
