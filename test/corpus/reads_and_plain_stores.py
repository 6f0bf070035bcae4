"""Threads that only read shared state, or store a fresh value without reading it (negative)."""
import threading
import time

config = {"verbose": False, "retries": 3}
last_seen = None
stop_requested = False


def poll(name):
    global last_seen
    retries = config["retries"]
    while not stop_requested and retries > 0:
        if config["verbose"]:
            print(name, "polling")
        last_seen = time.time()
        retries -= 1


def main():
    global stop_requested
    threads = [threading.Thread(target=poll, args=(f"p{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    stop_requested = True
    for t in threads:
        t.join()
