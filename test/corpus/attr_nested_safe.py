"""Attributes one level down, but each thread's own object, or changed under one lock (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Output:
    def __init__(self):
        self.quiet = True
        self.retries = 0


class Settings:
    output = Output()
    lock = threading.Lock()


class Session:
    def __init__(self):
        self.http = Output()


def fetch(symbol):
    session = Session()
    session.http.retries += 1
    with Settings.lock:
        previous = Settings.output.quiet
        Settings.output.quiet = False
        text = symbol.lower()
        Settings.output.quiet = previous
    return text, session.http.retries


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as pool:
        print(list(pool.map(fetch, ["ABC", "DEF"])))
