"""A progress thread that other threads feed: feed() counts bytes under the object's own lock, and the
thread's tick takes them under it too. One object, one lock: it keeps the feeders and the thread apart.
tick() and trim() run only on the thread itself (negative: no findings)."""
import threading


class Meter(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self.received = 0
        self.since_tick = 0
        self.rates = []

    def feed(self, chunk):
        with self._lock:
            self.received += len(chunk)
            self.since_tick += len(chunk)

    def trim(self):
        with self._lock:
            self.rates = self.rates[-10:]

    def tick(self):
        with self._lock:
            rate = self.since_tick
            self.since_tick = 0
        self.rates.append(rate)
        if len(self.rates) > 20:
            self.trim()

    def run(self):
        while not self._closing.wait(0.5):
            self.tick()

    def close(self):
        self._closing.set()


def download(parts):
    meter = Meter()
    meter.start()
    workers = [threading.Thread(target=meter.feed, args=(part,)) for part in parts]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    meter.close()
