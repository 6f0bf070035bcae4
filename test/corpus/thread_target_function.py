"""Counts processed jobs from several worker threads (positive: global counter)."""
import threading

processed = 0


def worker(jobs):
    global processed
    for job in jobs:
        if job is None:
            continue
        processed += 1  # expect: GIL001


def main():
    batches = [list(range(1000)) for _ in range(4)]
    threads = [threading.Thread(target=worker, args=(batch,)) for batch in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("processed", processed)


if __name__ == "__main__":
    main()
