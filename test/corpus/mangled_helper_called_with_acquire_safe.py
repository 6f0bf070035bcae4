"""A print spooler whose worker takes the condition with acquire() and then calls a name-mangled helper
that pops a job, lets the condition go while it prints, and takes it back: every change of the job list
happens with the condition held. A library class: its users call submit() from their threads (negative)."""
import threading
import time


class Spooler:
    def __init__(self):
        self.jobs = []
        self.printed = 0
        self.cond = threading.Condition()

    def __print_next(self):
        # Called with self.cond held.
        job = self.jobs.pop(0)
        self.cond.release()
        try:
            time.sleep(0.01)
            print("printing", job)
        finally:
            self.cond.acquire()
        self.printed += 1

    def __work(self):
        while True:
            self.cond.acquire()
            if len(self.jobs) > 0:
                self.__print_next()
            else:
                self.cond.wait(0.5)
            self.cond.release()

    def start(self):
        threading.Thread(target=self.__work, daemon=True).start()

    def submit(self, job):
        with self.cond:
            self.jobs.append(job)
            self.cond.notify()

    def pending(self):
        with self.cond:
            return list(self.jobs)

