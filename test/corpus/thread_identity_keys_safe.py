"""Pool workers that count their own work in a dict keyed by the running thread's name or ident: each key belongs to one thread (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor

handled = {}
waits = {}


def handle(job):
    if threading.current_thread().name not in handled:
        handled[threading.current_thread().name] = 0
    handled[threading.current_thread().name] += 1
    me = threading.get_ident()
    waits[me] = waits.get(me, 0) + job


with ThreadPoolExecutor(max_workers=4, thread_name_prefix="handler") as pool:
    pool.map(handle, range(100))

for name, n in sorted(handled.items()):
    print(name, n)
