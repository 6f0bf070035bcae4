"""The pool recipe whose workers keep what each call returns (`self.results.append(f(*args))`): the
functions handed to it still run on every worker at once (positive)."""
import queue
import threading

squared_so_far = 0


def square(n):
    global squared_so_far
    squared_so_far += 1  # expect: GIL001
    return n * n


class ResultWorker(threading.Thread):
    def __init__(self, jobs, results):
        super().__init__(daemon=True)
        self.jobs = jobs
        self.results = results
        self.start()

    def run(self):
        while True:
            f, args = self.jobs.get()
            try:
                self.results.append(f(*args))
            finally:
                self.jobs.task_done()


class ResultPool:
    def __init__(self, size=4):
        self.jobs = queue.Queue()
        self.results = []
        self.workers = [ResultWorker(self.jobs, self.results) for _ in range(size)]

    def submit(self, f, *args):
        self.jobs.put((f, args))

    def wait(self):
        self.jobs.join()
        return self.results


pool = ResultPool()
for n in range(100):
    pool.submit(square, n)
print(sum(pool.wait()))
