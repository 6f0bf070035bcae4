"""One thread per object on a lambda that calls its method, and a loop of threads on lambdas that lock what they share (negative: no findings)."""
import queue
import threading


class Ticker:
    def __init__(self):
        self.ticks = 0
        self.thread = threading.Thread(target=lambda: self._run(10), daemon=True)
        self.thread.start()

    def _run(self, n):
        for _ in range(n):
            self.ticks += 1


class Pool:
    def __init__(self, size):
        self.limit = size
        self.handled = 0
        self.lock = threading.Lock()
        self.workers = []
        self.jobs = queue.Queue()

    def grow(self, n):
        for _ in range(n):
            worker = threading.Thread(target=lambda: self._work(self.jobs))
            with self.lock:
                self.workers.append(worker)
            worker.start()

    def _work(self, jobs):
        while True:
            with self.lock:
                if len(self.workers) > self.limit:
                    self.workers.remove(threading.current_thread())
                    return
            try:
                job = jobs.get(timeout=0.3)
            except queue.Empty:
                continue
            print(job)
            with self.lock:
                self.handled += 1
