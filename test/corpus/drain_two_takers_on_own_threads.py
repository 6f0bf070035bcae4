"""An object's dispatcher thread drains a deque while its cleanup thread also takes stale jobs from it:
the cleanup can take the last job between the dispatcher's test and its take (positive: GIL004 once)."""
import threading
from collections import deque


class Dispatcher:
    def __init__(self, jobs):
        self.pending = deque(jobs)
        self.running = True

    def dispatch(self):
        while self.pending and self.running:  # expect: GIL004
            job = self.pending.popleft()
            print("sent", job)

    def expire(self):
        for _ in range(10):
            try:
                self.pending.pop()
            except IndexError:
                break

    def run(self):
        workers = [threading.Thread(target=self.dispatch), threading.Thread(target=self.expire)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
