"""A loop that tests an event's kind and sets it back on each round (`while self.event == SYNC:
self.event = NONE`), in a job's own thread, while `notify()` sets the kind under the object's lock
from the scheduler's thread: a STOP that lands between the test and the store is overwritten with
NONE and lost (positive)."""
import threading

NONE, SYNC, STOP = "none", "sync", "stop"


class Job(threading.Thread):
    def __init__(self, name, action):
        super().__init__(daemon=True)
        self.name = name
        self.action = action
        self.event = NONE
        self.wakeup = threading.Event()
        self.event_lock = threading.Lock()

    def notify(self, event):
        with self.event_lock:
            self.event = event
            self.wakeup.set()

    def run(self):
        with self.event_lock:
            self.event = SYNC
        while self.event == SYNC:  # expect: GIL004
            self.event = NONE
            self.wakeup.wait(60)
        if self.event != STOP:
            self.action()


class Scheduler:
    def __init__(self):
        self.jobs = {}

    def add(self, name, action):
        self.jobs[name] = Job(name, action)
        self.jobs[name].start()

    def stop(self):
        for job in self.jobs.values():
            job.notify(STOP)
