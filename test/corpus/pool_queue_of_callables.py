"""A hand-written thread pool: workers take a function and its arguments from one queue and call it.
What is queued runs on several threads at once, whether queued through the pool's own method or put on
the queue directly (positive)."""
import queue
import threading


class PoolWorker(threading.Thread):
    def __init__(self, inbox):
        super().__init__(daemon=True)
        self.inbox = inbox
        self.start()

    def run(self):
        while True:
            job, args, kwargs = self.inbox.get()
            try:
                job(*args, **kwargs)
            finally:
                self.inbox.task_done()


class MiniPool:
    def __init__(self, size):
        self.inbox = queue.Queue()
        for _ in range(size):
            PoolWorker(self.inbox)

    def run_later(self, job, *args, **kwargs):
        self.inbox.put((job, args, kwargs))

    def run_each(self, job, items):
        for item in items:
            self.run_later(job, item)

    def wait(self):
        self.inbox.join()


visited = set()
pages_seen = 0


def crawl(url):
    global pages_seen
    if url not in visited:  # expect: GIL004
        visited.add(url)
    pages_seen += 1  # expect: GIL001


class Tally:
    def __init__(self):
        self.votes = 0

    def vote(self):
        self.votes += 1  # expect: GIL001


class PortCheck:
    def __init__(self):
        self.open_count = 0

    def check(self, port):
        if port % 7 == 0:
            self.open_count += 1  # expect: GIL001


def drain(tasks):
    while True:
        task = tasks.get()
        task()
        tasks.task_done()


def enqueue(tasks, task, times):
    for _ in range(times):
        tasks.put(task)


pool = MiniPool(6)
for page in ["/", "/a", "/", "/b"]:
    pool.run_later(crawl, page)
pool.wait()
checker = PortCheck()
pool.run_each(checker.check, range(1000))
print(sorted(map(str, visited)))
pool.wait()

tally = Tally()
tasks = queue.Queue()
workers = [threading.Thread(target=drain, args=(tasks,), daemon=True) for _ in range(4)]
for w in workers:
    w.start()
enqueue(tasks, tally.vote, 10_000)
tasks.join()
