"""Loops whose test and update are kept together (negative).

The locked part tests again before it updates; one thread only; the test itself under the lock; a
local count that each thread keeps for itself.
"""
import threading

visits = 0
visits_lock = threading.Lock()


def count_visits(limit):
    global visits
    while visits < limit:
        with visits_lock:
            if visits >= limit:
                break
            visits += 1


class Booth:
    def __init__(self, tickets):
        self.tickets = tickets
        self.lock = threading.Lock()

    def sell(self):
        self.lock.acquire()
        while self.tickets > 0:
            self.tickets -= 1
        self.lock.release()


class Meter:
    def __init__(self):
        self.reading = 0
        self.lock = threading.Lock()

    def fill(self, limit):
        while self.reading < limit:
            with self.lock:
                self.reading += 1


def tally(limit):
    done = 0
    while done < limit:
        with visits_lock:
            done += 1


counters = [threading.Thread(target=count_visits, args=(10_000,)) for _ in range(4)]
booth = Booth(500)
sellers = [threading.Thread(target=booth.sell) for _ in range(3)]
tallies = [threading.Thread(target=tally, args=(100,)) for _ in range(3)]
meter = Meter()
filler = threading.Thread(target=meter.fill, args=(100,))
for t in counters + sellers + tallies + [filler]:
    t.start()
