"""An object's own thread keeps its counters; callers only read them or change other attributes (negative)."""
import threading
import time


class Downloader:
    def __init__(self, urls):
        self.urls = list(urls)
        self.fetched = 0
        self.failed = 0
        self.stopped = False
        self.thread = threading.Thread(target=self._work)
        self.thread.start()

    def _work(self):
        for url in self.urls:
            if self.stopped:
                break
            if url.startswith("http"):
                self.fetched += 1
            else:
                self.failed += 1

    def progress(self):
        return self.fetched, self.failed

    def stop(self):
        self.stopped = True


d = Downloader(["http://a", "ftp://b", "http://c"])
time.sleep(0.01)
print(d.progress())
d.stop()
d.thread.join()
