"""Threads started on a lambda that calls a method of the object that starts them (`target=lambda: self._work(q)`), in a loop: they share `self` (positive: GIL004 once, GIL001 once)."""
import queue
import threading


class Pool:
    def __init__(self, size):
        self.limit = size
        self.handled = 0
        self.workers = []
        self.jobs = queue.Queue()

    def grow(self, n):
        for _ in range(n):
            worker = threading.Thread(target=lambda: self._work(self.jobs))
            worker.start()
            self.workers.append(worker)

    def _work(self, jobs):
        while True:
            if len(self.workers) > self.limit:  # expect: GIL004
                self.workers.remove(threading.current_thread())
                return
            try:
                job = jobs.get(timeout=0.3)
            except queue.Empty:
                continue
            print(job)
            self.handled += 1  # expect: GIL001
