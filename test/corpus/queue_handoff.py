"""Work and results handed over through queue.Queue (negative)."""
import queue
import threading

tasks = queue.Queue()
done = queue.Queue()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        done.put(item * item)
        tasks.task_done()


def main(n_workers=4):
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(n_workers)]
    for t in threads:
        t.start()
    for i in range(100):
        tasks.put(i)
    for _ in threads:
        tasks.put(None)
    tasks.join()
    return sum(done.get() for _ in range(100))
