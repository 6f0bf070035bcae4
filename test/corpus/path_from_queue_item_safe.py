"""Download threads that each take a (path, url) pair off a queue and write that path: each item names its own file (negative)."""
import queue
import threading
import urllib.request


class Fetcher(threading.Thread):
    def __init__(self, jobs):
        super().__init__(daemon=True)
        self.jobs = jobs

    def run(self):
        while True:
            item = self.jobs.get()
            path, url = item
            with open(path, "wb") as out:
                out.write(urllib.request.urlopen(url).read())
            self.jobs.task_done()


jobs = queue.Queue()
for _ in range(4):
    Fetcher(jobs).start()
