"""A downloader library class whose lock guards its workers' writes: the pool's workers run only inside
download(), which waits for every future before it returns, so its other public methods (the checks
before, the merge and close after) never run beside them (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class PartDownloader:
    def __init__(self, path, parts):
        self.path = path
        self.parts = parts
        self.done = []
        self.handle = None
        self.write_lock = threading.Lock()

    def already_done(self, part):
        for finished in self.done:
            if finished == part:
                return True
        return False

    def fetch(self, part):
        data = bytes(part)
        with self.write_lock:
            self.handle.seek(part * 1024)
            self.handle.write(data)
            self.done.append(part)

    def download(self):
        self.handle = open(self.path, "wb")
        pool = ThreadPoolExecutor(max_workers=4)
        futures = [pool.submit(self.fetch, p) for p in range(self.parts) if not self.already_done(p)]
        for future in futures:
            future.result()
        pool.shutdown()

    def reset(self):
        self.done.clear()

    def close(self):
        if self.handle:
            self.handle.close()
        self.handle = None
