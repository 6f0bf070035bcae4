"""Flushers that wait for an Event, send what has gathered, and only then clear it, while producers set it to say there is more: a set() made during the send is wiped (positive: GIL004 three times)."""
import threading
import time

pending = []
pending_lock = threading.Lock()
wake = threading.Event()


def flusher():
    while True:
        wake.wait()
        with pending_lock:
            batch = pending[:]
            pending.clear()
        time.sleep(0.05)
        print("sent", len(batch))
        wake.clear()  # expect: GIL004


def produce(x):
    with pending_lock:
        pending.append(x)
    wake.set()


class Uploader:
    def __init__(self):
        self.queue = []
        self.lock = threading.Lock()
        self.has_work = threading.Event()
        threading.Thread(target=self._loop, daemon=True).start()

    def _loop(self):
        while True:
            self.has_work.wait(timeout=5)
            with self.lock:
                files, self.queue = self.queue, []
            for f in files:
                print("upload", f)
            self.has_work.clear()  # expect: GIL004

    def add(self, path):
        with self.lock:
            self.queue.append(path)
        self.has_work.set()


def drain(box, signal):
    while True:
        signal.wait()
        print("drained", box.take())
        signal.clear()  # expect: GIL004


class Box:
    def __init__(self):
        self.items = []
        self.lock = threading.Lock()
        self.filled = threading.Event()
        threading.Thread(target=drain, args=(self, self.filled), daemon=True).start()

    def take(self):
        with self.lock:
            items, self.items = self.items, []
        return items

    def put(self, x):
        with self.lock:
            self.items.append(x)
        self.filled.set()


threading.Thread(target=flusher, daemon=True).start()
for i in range(10):
    produce(i)
