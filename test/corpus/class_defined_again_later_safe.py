"""A class run on threads with a lock, then defined again with a queue and run again: both are safe (negative: no findings)."""
import queue
import threading


class Inbox:
    def __init__(self):
        self.items = []
        self.lock = threading.Lock()

    def post(self, item):
        with self.lock:
            if item not in self.items:
                self.items.append(item)


box = Inbox()
workers = [threading.Thread(target=box.post, args=(n % 3,)) for n in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(box.items)


class Inbox:
    def __init__(self):
        self.items = queue.Queue()

    def post(self, item):
        self.items.put(item)


box = Inbox()
workers = [threading.Thread(target=box.post, args=(n,)) for n in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(box.items.qsize())
