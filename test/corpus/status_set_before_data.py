"""A download job whose thread says it is finished before it stores what it fetched, and a poller that reads it once it sees the status (positive: GIL006 twice)."""
import threading
import time
import urllib.request


class Download(threading.Thread):
    FINISHED = "finished"
    FAILED = "failed"

    def __init__(self, url):
        super().__init__(daemon=True)
        self.url = url
        self.state = "queued"
        self.body = None
        self.error = None

    def run(self):
        try:
            data = urllib.request.urlopen(self.url, timeout=10).read()
        except OSError as exc:
            self.state = Download.FAILED  # (the same status, before the error: related to the finding below)
            self.error = str(exc)
            return
        self.state = Download.FINISHED  # expect: GIL006
        self.body = data


class Probe:
    def __init__(self, host):
        self.host = host
        self.done = False
        self.latency = None
        threading.Thread(target=self._measure, daemon=True).start()

    def _measure(self):
        began = time.monotonic()
        time.sleep(0.05)
        self.done = True  # expect: GIL006
        self.latency = time.monotonic() - began

    def finished(self):
        return self.done


def wait_all(jobs):
    for job in jobs:
        while job.state not in (Download.FINISHED, Download.FAILED):
            time.sleep(0.01)
        print(job.url, len(job.body or b""), job.error)


if __name__ == "__main__":
    jobs = [Download(u) for u in ("http://example.org/a", "http://example.org/b")]
    for j in jobs:
        j.start()
    wait_all(jobs)
    p = Probe("example.org")
    while not p.finished():
        time.sleep(0.01)
    print(p.latency)
