"""One poller object made before the loop, and a thread started on its run() for each server: every thread shares its error count (positive: GIL001)."""
import threading
import time


class ServerPoller:
    def __init__(self):
        self.errors = 0

    def run(self):
        while True:
            try:
                time.sleep(1)
            except OSError:
                self.errors += 1  # expect: GIL001


def main(hosts):
    threads = []
    poller = ServerPoller()
    for host in hosts:
        other = ServerPoller()
        t = threading.Thread(target=poller.run, daemon=True)
        t.start()
        threads.append((t, other, host))
    return threads
