"""Semaphore(3) lets three threads in at once: not mutual exclusion (positive GIL003 and GIL001)."""
import threading

connections = 0
pool_sem = threading.Semaphore(3)


def connect(host):
    global connections
    with pool_sem:  # expect: GIL003
        connections += 1  # expect: GIL001
    return host


def main(hosts):
    threads = [threading.Thread(target=connect, args=(h,)) for h in hosts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
