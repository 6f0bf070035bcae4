"""The same dispatch tables, with the counts kept under a lock (negative: no findings)."""
import threading
from concurrent.futures import ThreadPoolExecutor

served = 0
served_lock = threading.Lock()


def greet(name):
    global served
    with served_lock:
        served += 1


class Checker:
    def __init__(self, kind):
        self.kind = kind
        self.tally = {"good": 0, "bad": 0}
        self.tally_lock = threading.Lock()

    def by_socket(self, host):
        with self.tally_lock:
            self.tally["good" if host else "bad"] += 1

    def by_web(self, host):
        print(host)

    def run(self, hosts):
        checks = {"socket": self.by_socket, "web": self.by_web}
        with ThreadPoolExecutor(max_workers=8) as pool:
            pool.map(checks[self.kind], hosts)


def serve(commands):
    handlers = {"hello": greet, "bye": print}
    for command, name in commands:
        threading.Thread(target=handlers[command], args=(name,)).start()


Checker("socket").run(["a", "b", ""])
serve([("hello", "ann"), ("hello", "bo")])
