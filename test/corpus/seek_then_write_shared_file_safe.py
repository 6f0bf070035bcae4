"""A range downloader whose threads share the object's one output file, each holding the object's lock
over its seek and its write (negative)."""
import threading
import urllib.request


class RangeFetcher:
    def __init__(self, url, path, parts=4):
        self.url = url
        self.path = path
        self.parts = parts
        self.out_lock = threading.Lock()

    def fetch_part(self, first, last):
        request = urllib.request.Request(self.url, headers={"Range": f"bytes={first}-{last}"})
        body = urllib.request.urlopen(request).read()
        with self.out_lock:
            self.out.seek(first)
            self.out.write(body)

    def fetch(self, size):
        step = size // self.parts
        self.out = open(self.path, "wb")
        workers = []
        for k in range(self.parts):
            last = size - 1 if k == self.parts - 1 else (k + 1) * step - 1
            worker = threading.Thread(target=self.fetch_part, args=(k * step, last))
            worker.start()
            workers.append(worker)
        for worker in workers:
            worker.join()
        self.out.close()
