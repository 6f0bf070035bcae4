"""Attributes one level down in a class or module-level object, saved, changed and put back by pool workers (positive)."""
from concurrent.futures import ThreadPoolExecutor


class Output:
    def __init__(self):
        self.quiet = True
        self.retries = 0


class Settings:
    output = Output()


class Client:
    def __init__(self):
        self.http = Output()


client = Client()


def fetch(symbol):
    previous = Settings.output.quiet
    Settings.output.quiet = False
    try:
        if not symbol.isalpha():
            client.http.retries += 1  # expect: GIL001
        return symbol.lower()
    finally:
        Settings.output.quiet = previous  # expect: GIL001


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as pool:
        print(list(pool.map(fetch, ["ABC", "D3F", "GHI"])))
    print(Settings.output.quiet, client.http.retries)
