"""The item at one end of a shared list read first, then taken in a second step: two threads both read
the same item and both handle it, and their two takes drop the next one unhandled (positive, three
ways: a list handed to every thread, a module-level list, a list attribute of a shared object)."""
import threading
import time

pending = ["a.txt", "b.txt", "c.txt", "d.txt"]
handled = []


def pick(jobs, results, count):
    for _ in range(count):
        job = jobs[0]  # expect: GIL004
        results.append(job.upper())
        time.sleep(0.01)
        del jobs[0]


def upload_last():
    while True:
        name = pending[-1]  # expect: GIL004
        handled.append(name)
        pending.pop()


class Outbox:
    def __init__(self, messages):
        self.messages = list(messages)
        self.sent = []

    def send_next(self):
        message = self.messages[0]  # expect: GIL004
        self.sent.append(message)
        self.messages.pop(0)


def main():
    jobs = list(range(100))
    first, second = [], []
    workers = [threading.Thread(target=pick, args=(jobs, out, 50)) for out in (first, second)]
    workers += [threading.Thread(target=upload_last) for _ in range(2)]
    box = Outbox(["hi", "there"])
    workers += [threading.Thread(target=box.send_next) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
