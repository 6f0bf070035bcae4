"""A print spooler object at module level: one printer thread takes jobs through `spool.next_job()`, which lowers the pending page count, while the main program keeps adding jobs through `spool.add()`, which raises it (positive: GIL001 on the thread's update)."""
import queue
import threading


class Spooler:
    def __init__(self):
        self._jobs = queue.Queue()
        self.pages_pending = 0

    def add(self, name, pages):
        self._jobs.put((name, pages))
        self.pages_pending += pages

    def next_job(self):
        name, pages = self._jobs.get()
        self.pages_pending -= pages  # expect: GIL001
        return name


spool = Spooler()


def printer():
    while True:
        print("printing", spool.next_job())


threading.Thread(target=printer, daemon=True).start()
for n in range(20):
    spool.add(f"report {n}", n % 5 + 1)
