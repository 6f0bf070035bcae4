"""Threads started in __init__ after everything they read is set, behind a ready event, or on attributes the thread sets first (negative)."""
import threading


class Uploader:
    def __init__(self, jobs):
        self.jobs = jobs
        self.results = []
        self.thread = threading.Thread(target=self._work, daemon=True)
        self.thread.start()
        self.started_by = "init"

    def _work(self):
        for job in self.jobs:
            self.results.append(job())


class Gate:
    def __init__(self):
        self.ready = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()
        self.routes = {"/": "home"}
        self.ready.set()

    def _serve(self):
        self.ready.wait()
        print(self.routes)


class Counter:
    limit = 10

    def __init__(self):
        threading.Thread(target=self._count, daemon=True).start()
        self.limit = 20

    def _count(self):
        self.seen = 0
        while self.seen < self.limit:
            self.seen += 1
