"""Reading the next item and taking it, safely: the take made in one step; the read and the take under
one lock; a single thread that reads and takes; a read of the first item that takes nothing."""
import threading
import time

jobs_lock = threading.Lock()


def pick_in_one_step(jobs, results, count):
    for _ in range(count):
        job = jobs.pop(0)
        results.append(job)
        time.sleep(0.01)


def pick_locked(jobs, results, count):
    for _ in range(count):
        with jobs_lock:
            job = jobs[0]
            results.append(job)
            del jobs[0]


def only_reader(jobs, seen):
    for _ in range(10):
        seen.append(jobs[0])
        time.sleep(0.1)


def lone_consumer(backlog, done):
    while backlog:
        item = backlog[0]
        done.append(item)
        del backlog[0]


def main():
    # (One list for each way: a take without the lock would race the locked read and take.)
    popped, locked, read = list(range(50)), list(range(50)), list(range(50))
    out = []
    threads = [threading.Thread(target=pick_in_one_step, args=(popped, out, 25)) for _ in range(2)]
    threads += [threading.Thread(target=pick_locked, args=(locked, out, 25)) for _ in range(2)]
    threads += [threading.Thread(target=only_reader, args=(read, [])) for _ in range(2)]
    backlog = list(range(10))
    threads.append(threading.Thread(target=lone_consumer, args=(backlog, [])))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
