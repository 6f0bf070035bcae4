"""`if lock.acquire(timeout=1):` guards the body (negative); the else branch does not (positive)."""
import threading

jobs_done = 0
jobs_skipped = 0
jobs_lock = threading.Lock()


def do_job(job):
    global jobs_done, jobs_skipped
    if jobs_lock.acquire(timeout=1):
        try:
            jobs_done += 1
        finally:
            jobs_lock.release()
    else:
        jobs_skipped += 1  # expect: GIL001


def main(jobs):
    threads = [threading.Thread(target=do_job, args=(j,)) for j in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
