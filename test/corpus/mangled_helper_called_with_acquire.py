"""The same spooler, with a cancel() that calls the name-mangled helper without the condition: its pop
can land between the worker's test of the job list and its own pop, or under pending()'s copy."""
import threading
import time


class Spooler:
    def __init__(self):
        self.jobs = []
        self.printed = 0
        self.cond = threading.Condition()

    def __drop_first(self):
        self.jobs.pop(0)

    def __work(self):
        while True:
            self.cond.acquire()
            if self.jobs:
                self.__drop_first()
            else:
                self.cond.wait(0.5)
            self.cond.release()

    def start(self):
        threading.Thread(target=self.__work, daemon=True).start()

    def submit(self, job):
        with self.cond:
            self.jobs.append(job)
            self.cond.notify()

    def cancel_first(self):
        self.__drop_first()  # expect: GIL001

    def pending(self):
        with self.cond:
            return [j for j in self.jobs]


spooler = Spooler()
spooler.start()
spooler.submit("page 1")
spooler.cancel_first()
time.sleep(0.2)
