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


class SelectorRunner:
    """`__init__` calls an async generator that starts the thread: the call runs none of its body, the
    event loop runs it after `__init__` has set everything."""

    def __init__(self):
        self._manager = self._thread_manager()
        self._readers = {}
        self._writers = {}

    async def _thread_manager(self):
        worker = threading.Thread(target=self._run_select, daemon=True)
        worker.start()
        yield
        worker.join()

    def _run_select(self):
        print(len(self._readers), len(self._writers))
