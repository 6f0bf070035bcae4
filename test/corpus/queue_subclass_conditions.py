"""The same subclass of queue.Queue counting outside the queue's mutex, in code four threads run (positive: GIL001)."""
import queue
import threading


class CountingQueue(queue.Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.handed_out = 0

    def take(self, timeout=None):
        with self.not_empty:
            while not self._qsize():
                self.not_empty.wait(timeout)
            item = self._get()
            self.not_full.notify()
        self.handed_out += 1  # expect: GIL001
        return item


jobs = CountingQueue()
for n in range(20):
    jobs.put(n)


def worker():
    for _ in range(5):
        print(jobs.take(timeout=1))


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
