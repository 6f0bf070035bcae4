"""A Timer subclass that calls its function every interval (the RepeatTimer recipe): the function runs
on the timer's thread while the program goes on changing the same state (positive)."""
import threading
from threading import Timer


class EveryInterval(Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


requests_seen = 0


def log_rate():
    global requests_seen
    print(requests_seen, "requests in the last 10 s")
    requests_seen = 0  # expect: GIL001


def serve(n):
    global requests_seen
    for _ in range(n):
        requests_seen += 1


class Uploader:
    def __init__(self):
        self.pending = []
        self.flusher = EveryInterval(5.0, self.flush)
        self.flusher.start()

    def add(self, item):
        self.pending.append(item)

    def flush(self):
        batch = self.pending
        self.pending = []  # expect: GIL001
        print("sending", len(batch))


EveryInterval(10.0, log_rate).start()
serve(1_000_000)
