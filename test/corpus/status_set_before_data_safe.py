"""The same jobs with the data stored first and the status set last, a status that says the work has begun, and one under the lock its readers take (negative)."""
import threading
import time
import urllib.request


class Download(threading.Thread):
    FINISHED = "finished"

    def __init__(self, url):
        super().__init__(daemon=True)
        self.url = url
        self.state = "queued"
        self.body = None
        self.running = False
        self.started_at = None

    def run(self):
        self.running = True
        self.started_at = time.monotonic()
        data = urllib.request.urlopen(self.url, timeout=10).read()
        self.body = data
        self.state = Download.FINISHED


class Probe:
    def __init__(self):
        self.lock = threading.Lock()
        self.done = False
        self.latency = None
        threading.Thread(target=self._measure, daemon=True).start()

    def _measure(self):
        began = time.monotonic()
        time.sleep(0.05)
        with self.lock:
            self.done = True
            self.latency = time.monotonic() - began

    def result(self):
        with self.lock:
            return self.latency if self.done else None


def wait_all(jobs):
    for job in jobs:
        while job.state != Download.FINISHED:
            time.sleep(0.01)
        print(job.url, len(job.body), job.running, job.started_at)


if __name__ == "__main__":
    jobs = [Download(u) for u in ("http://example.org/a", "http://example.org/b")]
    for j in jobs:
        j.start()
    wait_all(jobs)
    print(Probe().result())
