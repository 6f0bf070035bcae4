"""Objects whose __init__ starts their worker thread, then sets what the worker reads (positive: the thread usually runs first)."""
import queue
import threading


class Uploader:
    def __init__(self, jobs):
        self.jobs = jobs
        self._launch()
        self.results = queue.Queue()  # expect: GIL006

    def _launch(self):
        self.thread = threading.Thread(target=self._work, daemon=True)
        self.thread.start()

    def _work(self):
        while True:
            job = self.jobs.get()
            self.results.put(job())


class Heartbeat(threading.Thread):
    def __init__(self, period):
        super().__init__(daemon=True)
        self.start()
        self.period = period  # expect: GIL006

    def run(self):
        while True:
            self._beat()

    def _beat(self):
        print("beat every", self.period)
