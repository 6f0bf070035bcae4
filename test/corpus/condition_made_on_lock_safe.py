"""A job board whose Condition is made on the board's own lock: posting and taking hold the
Condition, the status report walks the list under the lock itself. Both are one lock, so the
report never runs beside a take."""
import threading


class JobBoard:
    def __init__(self):
        self.guard = threading.RLock()
        self.posted = threading.Condition(self.guard)
        self.jobs = []

    def post(self, job):
        with self.posted:
            self.jobs.append(job)
            self.posted.notify()

    def take(self):
        with self.posted:
            while not self.jobs:
                self.posted.wait()
            return self.jobs.pop(0)

    def report(self):
        with self.guard:
            return [str(job) for job in self.jobs]


def worker(board, done):
    while True:
        job = board.take()
        if job is None:
            break
        done.append(job)


if __name__ == "__main__":
    board = JobBoard()
    finished = []
    workers = [threading.Thread(target=worker, args=(board, finished)) for _ in range(3)]
    for w in workers:
        w.start()
    for n in range(10):
        board.post(n)
    print(board.report())
    for _ in workers:
        board.post(None)
    for w in workers:
        w.join()
