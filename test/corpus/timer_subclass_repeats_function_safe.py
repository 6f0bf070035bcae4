"""A repeating Timer subclass whose function takes the lock the program takes, and a Timer subclass
that only prints its own ticks (negative)."""
import threading


class EveryInterval(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


class Ticker(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            print("tick")


requests_seen = 0
seen_lock = threading.Lock()


def log_rate():
    global requests_seen
    with seen_lock:
        count, requests_seen = requests_seen, 0
    print(f"{count} requests in the last 10 s")


def serve(n):
    global requests_seen
    for _ in range(n):
        with seen_lock:
            requests_seen += 1


EveryInterval(10.0, log_rate).start()
Ticker(1.0, print).start()
serve(1_000_000)
