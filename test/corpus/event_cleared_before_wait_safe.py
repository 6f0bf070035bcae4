"""An uploader's wait_idle() tests the count and clears the idle Event under the lock the workers set it under (negative)."""
import queue
import threading
import time


class BatchUploader:
    def __init__(self, workers=4):
        self.jobs = queue.Queue()
        self.in_flight = 0
        self.lock = threading.Lock()
        self.idle = threading.Event()
        for _ in range(workers):
            threading.Thread(target=self._upload_loop, daemon=True).start()

    def submit(self, blob):
        with self.lock:
            self.in_flight += 1
        self.jobs.put(blob)

    def _upload_loop(self):
        while True:
            blob = self.jobs.get()
            time.sleep(0.001 * len(blob))
            with self.lock:
                self.in_flight -= 1
                if self.in_flight == 0:
                    self.idle.set()

    def wait_idle(self):
        with self.lock:
            if self.in_flight == 0:
                return
            self.idle.clear()
        self.idle.wait()


if __name__ == "__main__":
    uploader = BatchUploader()
    for n in range(20):
        uploader.submit(b"x" * n)
    uploader.wait_idle()
    print("all uploaded")
