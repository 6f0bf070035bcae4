"""The same spooler, with both counts kept under the object's lock; and a second spooler the main program only reads after its printer thread is joined (negative)."""
import queue
import threading


class Spooler:
    def __init__(self):
        self._jobs = queue.Queue()
        self._lock = threading.Lock()
        self.pages_pending = 0

    def add(self, name, pages):
        self._jobs.put((name, pages))
        with self._lock:
            self.pages_pending += pages

    def next_job(self):
        name, pages = self._jobs.get()
        with self._lock:
            self.pages_pending -= pages
        return name


class Tally:
    def __init__(self):
        self.printed = 0

    def count(self):
        self.printed += 1

    def report(self):
        return f"{self.printed} printed"


spool = Spooler()
tally = Tally()


def printer():
    for _ in range(5):
        print("printing", spool.next_job())
        tally.count()


for n in range(5):
    spool.add(f"report {n}", n % 5 + 1)
worker = threading.Thread(target=printer)
worker.start()
worker.join()
print(tally.report())
