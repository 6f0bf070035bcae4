"""The same tally with the test, the read and the add under one lock (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor

replies = {}
replies_lock = threading.Lock()


def record(host, ms):
    with replies_lock:
        if host in replies:
            replies[host].append(ms)
        else:
            replies.update({host: [ms]})


with ThreadPoolExecutor(max_workers=8) as pool:
    for n in range(100):
        pool.submit(record, f"host{n % 3}", n)
print(replies)
