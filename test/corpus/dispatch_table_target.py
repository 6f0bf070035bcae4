"""A target picked from a dispatch table of the same function (`checks[kind]`): any of its callables may run, on a pool or a thread (positive: GIL001 twice)."""
import threading
from concurrent.futures import ThreadPoolExecutor

served = 0


def greet(name):
    global served
    served += 1  # expect: GIL001


def part(name):
    print("bye", name)


class Checker:
    def __init__(self, kind):
        self.kind = kind
        self.tally = {"good": 0, "bad": 0}

    def by_socket(self, host):
        self.tally["good" if host else "bad"] += 1  # expect: GIL001

    def by_web(self, host):
        print(host)

    def run(self, hosts):
        checks = {"socket": self.by_socket, "web": self.by_web}
        with ThreadPoolExecutor(max_workers=8) as pool:
            pool.map(checks[self.kind], hosts)


def serve(commands):
    handlers = {"hello": greet, "bye": part}
    for command, name in commands:
        threading.Thread(target=handlers[command], args=(name,)).start()


Checker("socket").run(["a", "b", ""])
serve([("hello", "ann"), ("hello", "bo")])
