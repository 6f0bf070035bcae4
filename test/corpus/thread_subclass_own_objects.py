"""Thread subclasses that each get an object of their own (made per iteration), or run once, or share a lock handed to all of them (negative)."""
import queue
import threading


class Tally:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1


class Counter(threading.Thread):
    def __init__(self, tally):
        super().__init__()
        self.tally = tally

    def run(self):
        for _ in range(1000):
            self.tally.bump()


class Drainer(threading.Thread):
    def __init__(self, inbox):
        super().__init__()
        self.inbox = inbox

    def run(self):
        while not self.inbox.empty():
            print(self.inbox.get())


class Adder(threading.Thread):
    def __init__(self, totals, lock):
        super().__init__()
        self.totals = totals
        self.lock = lock

    def run(self):
        with self.lock:
            self.totals["sum"] += 1


workers = []
for _ in range(4):
    tally = Tally()
    workers.append(Counter(tally))
shared_lock = threading.Lock()
totals = {"sum": 0}
workers += [Adder(totals, shared_lock) for _ in range(4)]
mail = queue.Queue()
for n in range(5):
    mail.put(n)
drainer = Drainer(mail)
drainer.start()
for w in workers:
    w.start()
for w in workers:
    w.join()
drainer.join()
