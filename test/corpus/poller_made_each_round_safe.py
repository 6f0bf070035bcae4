"""One poller object made for each server in the loop that starts a thread on its run(): each thread has its own object, and its error count is its own (negative)."""
import threading
import time


class ServerPoller:
    def __init__(self, host):
        self.host = host
        self.errors = 0
        self.session = None

    def run(self):
        while True:
            try:
                if self.session is None:
                    self.session = object()
                time.sleep(1)
            except OSError:
                self.errors += 1
                self.session = None


def main(hosts):
    threads = []
    for host in hosts:
        poller = ServerPoller(host)
        t = threading.Thread(target=poller.run, daemon=True)
        t.start()
        threads.append(t)
    return threads
