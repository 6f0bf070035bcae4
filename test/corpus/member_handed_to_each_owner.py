"""One tally handed to the constructor of every worker object: each thread has its own worker, but all share the tally."""
import threading


class Tally:
    def __init__(self):
        self.done = 0

    def finished(self):
        self.done += 1  # expect: GIL001


class Worker:
    def __init__(self, jobs, tally):
        self.jobs = jobs
        self.tally = tally

    def work(self):
        for job in self.jobs:
            job()
            self.tally.finished()


tally = Tally()
crew = [Worker([print] * 100, tally) for _ in range(4)]
threads = [threading.Thread(target=w.work) for w in crew]
for i, t in enumerate(threads):
    t.start()
for t in threads:
    t.join()
print(tally.done)
