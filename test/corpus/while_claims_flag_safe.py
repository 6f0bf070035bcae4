"""Loops that test shared state, safely: the event's kind tested and set back under the lock that
notify() takes; a loop bound read without the lock that guards the count (only the way out of the
loop, not a claim)."""
import threading

NONE, SYNC, STOP = "none", "sync", "stop"
added = 0
added_lock = threading.Lock()


class Job(threading.Thread):
    def __init__(self, name, action):
        super().__init__(daemon=True)
        self.name = name
        self.action = action
        self.event = SYNC
        self.wakeup = threading.Event()
        self.event_lock = threading.Lock()

    def notify(self, event):
        with self.event_lock:
            self.event = event
            self.wakeup.set()

    def claim_sync(self):
        with self.event_lock:
            syncing = self.event == SYNC
            if syncing:
                self.event = NONE
            return syncing

    def run(self):
        while self.claim_sync():
            self.wakeup.wait(60)
        if self.event != STOP:
            self.action()


def add_items(batch):
    global added
    while added < 20:
        with added_lock:
            added += batch


def main():
    job = Job("backup", print)
    job.start()
    job.notify(STOP)
    workers = [threading.Thread(target=add_items, args=(n,)) for n in (1, 2, 3)]
    for w in workers:
        w.start()
