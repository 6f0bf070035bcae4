"""Download threads that unpack their output path from the module's settings, the same for all of them, and write it (positive: GIL001)."""
import queue
import threading
import urllib.request

TARGET = ("latest.bin", "latest")


class Fetcher(threading.Thread):
    def __init__(self, jobs):
        super().__init__(daemon=True)
        self.jobs = jobs

    def run(self):
        while True:
            url = self.jobs.get()
            path, label = TARGET
            with open(path, "wb") as out:  # expect: GIL001
                out.write(urllib.request.urlopen(url).read())
            print(label)
            self.jobs.task_done()


jobs = queue.Queue()
for _ in range(4):
    Fetcher(jobs).start()
