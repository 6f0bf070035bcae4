"""A tracker whose report runs every minute on a repeating timer of the project's own (imported, so
only its name says it is a thread): the report loops over the pending jobs while the program adds
and removes them (positive). The finished list is only appended to on both sides (negative)."""
from buildkit.timing import RepeatTimer


class JobTracker:
    def __init__(self):
        self.pending = {}
        self.finished = []
        self.reporter = RepeatTimer(60, self.report)
        self.reporter.start()

    def report(self):
        for job in self.pending:  # expect: GIL004
            print("still running:", job)
        self.finished.append("report")

    def add(self, job, handle):
        self.pending[job] = handle

    def done(self, job):
        del self.pending[job]
        self.finished.append(job)


tracker = JobTracker()
for n in range(10):
    tracker.add(f"job-{n}", object())
    tracker.done(f"job-{n}")
