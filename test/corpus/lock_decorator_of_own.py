"""A job board whose methods take its lock through a decorator of the project's own (`@locked`, whose
wrapper holds `self.lock`): the counter that `sweep()` changes without it loses updates (positive); the
methods under the decorator are locked (negative)."""
import functools
import threading


def locked(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self.lock:
            return method(self, *args, **kwargs)

    return wrapper


class JobBoard:
    def __init__(self):
        self.lock = threading.Lock()
        self.open_jobs = {}
        self.finished = 0

    @locked
    def post(self, job_id, job):
        self.open_jobs[job_id] = job

    @locked
    def finish(self, job_id):
        if job_id in self.open_jobs:
            del self.open_jobs[job_id]
            self.finished += 1

    def sweep(self, stale):
        for job_id in stale:
            self.finished += 1  # expect: GIL001
