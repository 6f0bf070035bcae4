"""A job tracker: worker threads note when each job starts and finishes, and a writer thread flushes
the finished rows. The writer also caps the start-time table: past a size it drops the whole table.
Reading its size is no take of its items, so nothing added between the test and the clear is lost
that the clear would not have dropped anyway (negative)."""
import threading
import time


class JobTimings:
    def __init__(self, limit=5000):
        self.limit = limit
        self.started = {}
        self.rows = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.writer = threading.Thread(target=self.write_loop, daemon=True)

    def on_event(self, job_id, finished):
        now = time.monotonic()
        if not finished:
            self.started[job_id] = now
            return
        began = self.started.pop(job_id, None)
        with self.lock:
            self.rows.append((job_id, None if began is None else now - began))

    def write_loop(self):
        while not self.stop.wait(0.2):
            with self.lock:
                batch, self.rows = self.rows, []
            for job_id, took in batch:
                print(job_id, took)
            if len(self.started) > self.limit:
                self.started.clear()


def run_job(timings, job_id):
    timings.on_event(job_id, False)
    time.sleep(0.01)
    timings.on_event(job_id, True)


if __name__ == "__main__":
    timings = JobTimings()
    timings.writer.start()
    workers = [threading.Thread(target=run_job, args=(timings, n)) for n in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    timings.stop.set()
