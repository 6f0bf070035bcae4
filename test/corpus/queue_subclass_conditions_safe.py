"""A subclass of queue.Queue that counts what it hands out under the queue's own Conditions, which all hold its one mutex (negative)."""
import queue
import threading
import time


class CountingQueue(queue.Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.handed_out = 0
        self.last_taken = None

    def take(self, timeout=None):
        with self.not_empty:
            while not self._qsize():
                self.not_empty.wait(timeout)
            item = self._get()
            self.handed_out += 1
            self.last_taken = time.monotonic()
            self.not_full.notify()
            return item

    def refill(self, items):
        with self.mutex:
            for item in items:
                self._put(item)
            self.handed_out -= len(items)
            self.not_empty.notify_all()


jobs = CountingQueue()
jobs.refill(range(20))


def worker():
    for _ in range(5):
        print(jobs.take(timeout=1))


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
