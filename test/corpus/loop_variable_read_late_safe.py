"""Threads started in a loop, each handed its own value, or joined before the loop moves on (negative)."""
import functools
import threading
import time


def fetch(url):
    time.sleep(0.05)
    return len(url)


sizes = []
for page in ["/", "/about"]:
    threading.Thread(target=lambda page=page: sizes.append(fetch(page))).start()

for page in ["/", "/about"]:
    threading.Thread(target=fetch, args=(page,)).start()

for page in ["/", "/about"]:
    threading.Thread(target=functools.partial(fetch, page)).start()

for page in ["/", "/about"]:
    worker = threading.Thread(target=lambda: sizes.append(fetch(page)))
    worker.start()
    worker.join()

clients = {}
for name in ["ann", "bob"]:
    clients[name] = name.upper()
    threading.Thread(target=lambda: print(len(clients))).start()
