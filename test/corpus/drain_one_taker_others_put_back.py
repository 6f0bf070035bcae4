"""An object's one dispatcher thread drains a deque while its result thread only puts failed jobs back
(`appendleft`) and the set-up fills it before either starts: nothing else takes, so the deque cannot go
empty between the dispatcher's test and its take (negative: no findings)."""
import threading
from collections import deque


class Dispatcher:
    def __init__(self, jobs):
        self.pending = deque()
        self.results = deque()
        self.running = True
        for job in jobs:
            self.pending.append(job)

    def dispatch(self, cond):
        while self.pending and self.running:
            job = self.pending.popleft()
            with cond:
                cond.notify()
            print("sent", job)

    def collect(self, cond):
        for _ in range(10):
            with cond:
                cond.wait(0.1)
            self.pending.appendleft("retry")

    def run(self):
        cond = threading.Condition()
        workers = [
            threading.Thread(target=self.dispatch, args=(cond,)),
            threading.Thread(target=self.collect, args=(cond,)),
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
