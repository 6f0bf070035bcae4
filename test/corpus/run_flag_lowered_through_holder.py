"""A sampler thread whose `run()` clears its own stop flag as it starts, while the tracker that holds it
sets `self._sampler.stop = True` and joins to end the sampling: a stop asked for before the new thread
reaches its first line is wiped out, the loop runs on, and the join never returns (positive)."""
import threading
import time


class Sampler(threading.Thread):
    def __init__(self, tracker, every):
        super().__init__(daemon=True)
        self.tracker = tracker
        self.every = every
        self.stop = False

    def run(self):
        self.stop = False  # expect: GIL006
        while not self.stop:
            self.tracker.take_sample()
            time.sleep(self.every)


class Tracker:
    def __init__(self):
        self.samples = []
        self._sampler = None

    def take_sample(self):
        self.samples.append(time.time())

    def start_sampling(self, every=1.0):
        self._sampler = Sampler(self, every)
        self._sampler.start()

    def stop_sampling(self):
        self._sampler.stop = True
        self._sampler.join()
