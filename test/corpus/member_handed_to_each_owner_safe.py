"""Each worker object gets a tally of its own, and threads are started over the workers with enumerate()."""
import threading


class Tally:
    def __init__(self):
        self.done = 0

    def finished(self):
        self.done += 1


class Worker:
    def __init__(self, jobs, tally):
        self.jobs = jobs
        self.tally = tally

    def work(self):
        for job in self.jobs:
            job()
            self.tally.finished()


crew = [Worker([print] * 100, Tally()) for _ in range(4)]
threads = []
for number, worker in enumerate(crew):
    threads.append(threading.Thread(target=worker.work, name=f"worker-{number}"))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(w.tally.done for w in crew))
