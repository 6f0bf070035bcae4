"""Pool workers that count their own work by thread name, and also a grand total under one key that every thread updates (positive: GIL001)."""
import threading
from concurrent.futures import ThreadPoolExecutor

handled = {"all": 0}


def handle(job):
    name = threading.current_thread().name
    handled[name] = handled.get(name, 0) + 1
    handled["all"] += 1  # expect: GIL001


with ThreadPoolExecutor(max_workers=4) as pool:
    pool.map(handle, range(100))
print(handled)
