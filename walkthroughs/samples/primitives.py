"""Synchronization primitives beyond Lock: Event, Semaphore and Barrier.

Run the file (walkthrough button "Run it") and read what each one did. Every worker below only
sleeps, so the timings show coordination, not computing.
"""
import threading
import time

WORKERS = 6


def event_demo():
    """Event: one thread signals, any number wait for the signal."""
    ready = threading.Event()
    woke = []
    woke_lock = threading.Lock()

    def waiter(i):
        ready.wait()
        with woke_lock:
            woke.append(i)

    threads = [threading.Thread(target=waiter, args=(i,)) for i in range(WORKERS)]
    for t in threads:
        t.start()
    time.sleep(0.1)
    before = len(woke)
    ready.set()
    for t in threads:
        t.join()
    return before, len(woke)


def semaphore_demo(limit=2):
    """Semaphore(n): at most n threads inside at once. It limits, it does not exclude."""
    slots = threading.Semaphore(limit)
    inside = 0
    most_inside = 0
    inside_lock = threading.Lock()  # the count itself still needs a real lock

    def worker():
        nonlocal inside, most_inside
        with slots:
            with inside_lock:
                inside += 1
                most_inside = max(most_inside, inside)
            time.sleep(0.05)
            with inside_lock:
                inside -= 1

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return most_inside


def barrier_demo(parties=3):
    """Barrier(n): each thread waits until n have arrived, then all go on together."""
    barrier = threading.Barrier(parties)
    passed_at = []
    passed_lock = threading.Lock()
    start = time.perf_counter()

    def worker(i):
        time.sleep(0.05 * i)  # arrive at different times
        barrier.wait()
        with passed_lock:
            passed_at.append(time.perf_counter() - start)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(parties)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return min(passed_at), max(passed_at)


def main():
    before, after = event_demo()
    print(f"Event:     {before} of {WORKERS} waiters ran before set(), {after} after")
    print(f"Semaphore: at most {semaphore_demo(2)} of {WORKERS} workers inside a Semaphore(2) at once")
    first, last = barrier_demo(3)
    print(f"Barrier:   3 threads arriving 0.05 s apart all passed between {first:.2f} s and {last:.2f} s")


if __name__ == "__main__":
    main()
