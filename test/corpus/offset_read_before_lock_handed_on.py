"""A paging position read into a request before the lock that moves it on, and the request sent after
the lock: two threads can send the same page and skip the next (positive)."""
import threading
from urllib.request import urlopen

next_row = 0
row_lock = threading.Lock()
pages = []


def export_rows(base):
    global next_row
    while next_row < 1000:
        query = {"offset": next_row, "limit": 50}  # expect: GIL004
        with row_lock:
            next_row += 50
        pages.append(fetch(base, query))


def fetch(base, query):
    with urlopen(f"{base}?offset={query['offset']}&limit={query['limit']}") as reply:
        return reply.read()


class Cursor:
    def __init__(self, base):
        self.base = base
        self.position = 0
        self.position_lock = threading.Lock()

    def read_more(self):
        start = self.position  # expect: GIL004
        with self.position_lock:
            self.position += 100
        return fetch(self.base, {"offset": start, "limit": 100})


cursor = Cursor("http://localhost:8000/rows")
readers = [threading.Thread(target=export_rows, args=("http://localhost:8000/rows",)) for _ in range(4)]
readers += [threading.Thread(target=cursor.read_more) for _ in range(4)]
for t in readers:
    t.start()
for t in readers:
    t.join()
