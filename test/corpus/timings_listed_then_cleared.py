"""The same job tracker, but the writer reports every open job before it drops the table: a job noted
between the loop and the clear is dropped without ever being reported (positive)."""
import threading
import time


class JobTimings:
    def __init__(self):
        self.started = {}
        self.stop = threading.Event()
        self.writer = threading.Thread(target=self.write_loop, daemon=True)

    def on_start(self, job_id):
        self.started[job_id] = time.monotonic()

    def write_loop(self):
        while not self.stop.wait(0.2):
            for job_id in self.started:  # expect: GIL004
                print("open", job_id)
            self.started.clear()  # expect: GIL001


def run_job(timings, job_id):
    timings.on_start(job_id)
    time.sleep(0.01)


if __name__ == "__main__":
    timings = JobTimings()
    timings.writer.start()
    workers = [threading.Thread(target=run_job, args=(timings, n)) for n in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    timings.stop.set()
