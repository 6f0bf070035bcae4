"""The paging position read in the same lock that moves it on, or what is read first only shown or
other state (negative)."""
import logging
import threading
from urllib.request import urlopen

next_row = 0
rows_sent = 0
row_lock = threading.Lock()


def fetch(query):
    with urlopen(f"http://localhost:8000/rows?offset={query['offset']}") as reply:
        return reply.read()


def export_rows():
    global next_row
    while True:
        with row_lock:
            if next_row >= 1000:
                return
            query = {"offset": next_row, "limit": 50}
            next_row += 50
        fetch(query)


def count_sent(batch):
    global rows_sent
    size = len(batch)
    with row_lock:
        rows_sent += size
    logging.info("sent %d", size)


readers = [threading.Thread(target=export_rows) for _ in range(4)]
readers += [threading.Thread(target=count_sent, args=([1, 2, 3],)) for _ in range(4)]
for t in readers:
    t.start()
for t in readers:
    t.join()
