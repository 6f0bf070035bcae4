"""Pool tasks that count replies per host: the `if` branch reads the host's entry and the `else` adds it
with `update()`. Two tasks can both find a new host missing and both add it, and one count is lost
(positive)."""
from concurrent.futures import ThreadPoolExecutor

replies = {}


def record(host, ms):
    if host in replies:  # expect: GIL004
        replies[host].append(ms)
    else:
        replies.update({host: [ms]})


with ThreadPoolExecutor(max_workers=8) as pool:
    for n in range(100):
        pool.submit(record, f"host{n % 3}", n)
print(replies)
