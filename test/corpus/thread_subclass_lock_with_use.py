"""Thread subclasses whose own lock does keep something out (negative): the uploader's lock is also
taken by its public cancel(), which the main thread calls; the reader's lock is a class attribute,
one for every reader; the teller's semaphore is released by the customers' threads."""
import threading
import time

uploaded = []


class Uploader(threading.Thread):
    def __init__(self, files):
        super().__init__()
        self.files = list(files)
        self.lock = threading.Lock()
        self.cancelled = False

    def run(self):
        while True:
            with self.lock:
                if self.cancelled or not self.files:
                    return
                name = self.files.pop()
            uploaded.append(name)

    def cancel(self):
        with self.lock:
            self.cancelled = True
            self.files.clear()


class Reader(threading.Thread):
    lock = threading.Lock()
    total = 0

    def run(self):
        with self.lock:
            Reader.total += 1


class Teller(threading.Thread):
    def __init__(self):
        super().__init__()
        self.customer_ready = threading.Semaphore(0)

    def run(self):
        self.customer_ready.acquire()
        time.sleep(0.01)


uploaders = [Uploader(["a", "b"]) for _ in range(3)]
readers = [Reader() for _ in range(3)]
tellers = [Teller() for _ in range(3)]
for t in uploaders + readers + tellers:
    t.start()
for t in tellers:
    t.customer_ready.release()
uploaders[0].cancel()
