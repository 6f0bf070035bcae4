"""The sampler thread again, with the stop flag cleared only in `__init__`, before the thread starts:
the tracker's `self._sampler.stop = True` is the last store whenever it comes, and the loop ends
(negative)."""
import threading
import time


class Sampler(threading.Thread):
    def __init__(self, tracker, every):
        super().__init__(daemon=True)
        self.tracker = tracker
        self.every = every
        self.stop = False

    def run(self):
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
